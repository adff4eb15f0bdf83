"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InitialSchema1763800000000 = exports.APPEND_ONLY_TABLES = void 0;
const typeorm_1 = require("typeorm");
/**
 * The whole domain model of docs/domain.md and docs/security.md. Written with QueryRunner's portable
 * table API so it runs on SQLite and PostgreSQL; only the append-only triggers differ by driver.
 * A merged migration is never edited: later changes get a new migration.
 */
const id = (name = 'id') => ({ name, type: 'varchar', length: '36', isPrimary: true });
const ref = (name, nullable = false) => ({
    name,
    type: 'varchar',
    length: '36',
    isNullable: nullable,
});
const str = (name, length, nullable = false, def) => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
    ...(def === undefined ? {} : { default: `'${def}'` }),
});
const text = (name, nullable = false, def) => ({
    name,
    type: 'text',
    isNullable: nullable,
    ...(def === undefined ? {} : { default: `'${def}'` }),
});
const int = (name, def) => ({
    name,
    type: 'integer',
    ...(def === undefined ? {} : { default: def }),
});
const flag = (name) => ({ name, type: 'boolean', default: false });
const instant = (name, nullable = false) => str(name, 24, nullable);
const date = (name) => str(name, 10, true);
const stamps = [instant('created_at'), instant('updated_at')];
const version = int('version', 1);
const fk = (column, table, onDelete = 'RESTRICT') => new typeorm_1.TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const index = (columns, unique = false) => new typeorm_1.TableIndex({ columnNames: columns, isUnique: unique });
const TABLES = [
    new typeorm_1.Table({
        name: 'organisation',
        columns: [
            id(),
            str('slug', 80),
            str('name', 200),
            text('description', false, ''),
            str('website', 500, true),
            ...stamps,
        ],
        indices: [index(['slug'], true)],
    }),
    new typeorm_1.Table({
        name: 'user',
        columns: [
            id(),
            ref('organisation_id', true),
            str('email', 254),
            str('display_name', 120),
            str('role', 20),
            str('password_hash', 255, true),
            instant('disabled_at', true),
            version,
            ...stamps,
        ],
        indices: [index(['email'], true), index(['organisation_id'])],
        foreignKeys: [fk('organisation_id', 'organisation')],
        checks: [{ expression: `"role" IN ('EXECUTIVE', 'LIAISON')` }],
    }),
    new typeorm_1.Table({
        name: 'report',
        columns: [
            id(),
            ref('organisation_id'),
            str('slug', 80),
            str('title', 300),
            date('published_on'),
            text('summary', false, ''),
            str('url', 500, true),
            flag('is_illustrative'),
            version,
            ...stamps,
        ],
        indices: [index(['slug'], true), index(['organisation_id'])],
        foreignKeys: [fk('organisation_id', 'organisation')],
    }),
    new typeorm_1.Table({
        name: 'finding',
        columns: [
            id(),
            ref('report_id'),
            str('label', 300),
            { name: 'value', type: 'real' },
            str('unit', 20),
            int('position'),
        ],
        indices: [index(['report_id'])],
        foreignKeys: [fk('report_id', 'report', 'CASCADE')],
    }),
    new typeorm_1.Table({
        name: 'recommendation',
        columns: [
            id(),
            ref('report_id'),
            str('reference', 20),
            str('title', 300),
            text('body', false, ''),
            str('theme', 100, true),
            str('response', 20, false, 'NO_RESPONSE'),
            int('position'),
            flag('is_illustrative'),
            version,
            ...stamps,
        ],
        indices: [index(['report_id', 'reference'], true)],
        foreignKeys: [fk('report_id', 'report')],
        checks: [{ expression: `"response" IN ('ACCEPTED_IN_FULL', 'ACCEPTED_IN_PART', 'NOT_ACCEPTED', 'NO_RESPONSE')` }],
    }),
    new typeorm_1.Table({
        name: 'action_plan',
        columns: [
            id(),
            ref('organisation_id'),
            str('slug', 80),
            str('title', 300),
            str('counterpart', 200),
            date('agreed_on'),
            text('description', false, ''),
            flag('is_illustrative'),
            version,
            ...stamps,
        ],
        indices: [index(['slug'], true), index(['organisation_id'])],
        foreignKeys: [fk('organisation_id', 'organisation')],
    }),
    new typeorm_1.Table({
        name: 'plan_report',
        columns: [
            { ...ref('plan_id'), isPrimary: true },
            { ...ref('report_id'), isPrimary: true },
        ],
        indices: [index(['report_id'])],
        foreignKeys: [fk('plan_id', 'action_plan', 'CASCADE'), fk('report_id', 'report', 'CASCADE')],
    }),
    new typeorm_1.Table({
        name: 'liaison_plan',
        columns: [
            { ...ref('user_id'), isPrimary: true },
            { ...ref('plan_id'), isPrimary: true },
        ],
        indices: [index(['plan_id'])],
        foreignKeys: [fk('user_id', 'user', 'CASCADE'), fk('plan_id', 'action_plan', 'CASCADE')],
    }),
    new typeorm_1.Table({
        name: 'commitment',
        columns: [
            id(),
            ref('plan_id'),
            str('reference', 20),
            int('position'),
            str('title', 300),
            text('description', false, ''),
            str('owner', 200, true),
            text('success_criteria', true),
            date('due_date'),
            str('theme', 100, true),
            flag('is_illustrative'),
            version,
            ...stamps,
        ],
        indices: [index(['plan_id', 'reference'], true), index(['plan_id', 'position'])],
        foreignKeys: [fk('plan_id', 'action_plan')],
    }),
    new typeorm_1.Table({
        name: 'commitment_recommendation',
        columns: [
            { ...ref('commitment_id'), isPrimary: true },
            { ...ref('recommendation_id'), isPrimary: true },
        ],
        indices: [index(['recommendation_id'])],
        foreignKeys: [fk('commitment_id', 'commitment', 'CASCADE'), fk('recommendation_id', 'recommendation', 'CASCADE')],
    }),
    new typeorm_1.Table({
        name: 'milestone',
        columns: [
            id(),
            ref('commitment_id'),
            ref('plan_id'),
            str('title', 300),
            text('description', false, ''),
            date('due_date'),
            int('position'),
            version,
            ...stamps,
        ],
        indices: [index(['commitment_id', 'position']), index(['plan_id'])],
        foreignKeys: [fk('commitment_id', 'commitment'), fk('plan_id', 'action_plan')],
    }),
    new typeorm_1.Table({
        name: 'status_update',
        columns: [
            id(),
            int('sequence'),
            ref('plan_id'),
            ref('commitment_id'),
            ref('milestone_id', true),
            str('lens', 20),
            str('status', 20),
            text('narrative', false, ''),
            str('reason_code', 20, true),
            ref('author_id', true),
            flag('on_behalf_of_party'),
            ref('corrects_id', true),
            instant('created_at'),
        ],
        indices: [
            index(['sequence'], true),
            index(['plan_id', 'sequence']),
            index(['commitment_id', 'sequence']),
            index(['milestone_id', 'sequence']),
        ],
        foreignKeys: [
            fk('plan_id', 'action_plan'),
            fk('commitment_id', 'commitment'),
            fk('milestone_id', 'milestone'),
            fk('author_id', 'user'),
            fk('corrects_id', 'status_update'),
        ],
        checks: [
            { expression: `"lens" IN ('ASSESSMENT', 'PARTY_REPORTED')` },
            {
                expression: `"status" IN ('NOT_STARTED', 'LIMITED', 'SUBSTANTIAL', 'COMPLETE', 'ABANDONED', 'IN_PROGRESS', 'AT_RISK', 'MISSED')`,
            },
        ],
    }),
    new typeorm_1.Table({
        name: 'evidence',
        columns: [
            id(),
            ref('status_update_id'),
            str('url', 2000),
            str('title', 300),
            str('kind', 20),
            date('published_on'),
            int('position'),
        ],
        indices: [index(['status_update_id'])],
        foreignKeys: [fk('status_update_id', 'status_update')],
        checks: [{ expression: `"kind" IN ('OFFICIAL_DOCUMENT', 'PUBLIC_STATEMENT', 'MEDIA', 'MEMBER_REPORT')` }],
    }),
    new typeorm_1.Table({
        name: 'revision',
        columns: [
            id(),
            str('subject_type', 20),
            ref('subject_id'),
            ref('commitment_id', true),
            str('field', 60),
            text('before', true),
            text('after', true),
            int('version'),
            ref('actor_id', true),
            instant('created_at'),
        ],
        indices: [index(['subject_type', 'subject_id', 'created_at']), index(['commitment_id', 'created_at'])],
        foreignKeys: [fk('commitment_id', 'commitment'), fk('actor_id', 'user')],
    }),
    new typeorm_1.Table({
        name: 'comment',
        columns: [
            id(),
            ref('commitment_id'),
            ref('parent_id', true),
            ref('author_id'),
            text('body'),
            str('kind', 20, false, 'COMMENT'),
            str('stance', 10, true),
            instant('hidden_at', true),
            text('hidden_reason', true),
            ref('hidden_by_id', true),
            version,
            instant('created_at'),
        ],
        indices: [index(['commitment_id', 'created_at'])],
        foreignKeys: [
            fk('commitment_id', 'commitment'),
            fk('parent_id', 'comment'),
            fk('author_id', 'user'),
            fk('hidden_by_id', 'user'),
        ],
        checks: [{ expression: `"kind" IN ('COMMENT', 'RESPONSE')` }],
    }),
    new typeorm_1.Table({
        name: 'session',
        columns: [
            id(),
            ref('user_id'),
            str('token_hash', 64),
            instant('created_at'),
            instant('last_seen_at'),
            instant('expires_at'),
        ],
        indices: [index(['token_hash'], true), index(['user_id'])],
        foreignKeys: [fk('user_id', 'user', 'CASCADE')],
    }),
    new typeorm_1.Table({
        name: 'invite',
        columns: [
            id(),
            ref('organisation_id', true),
            ref('plan_id', true),
            str('email', 254),
            str('role', 20),
            str('token_hash', 64),
            ref('invited_by_id', true),
            instant('expires_at'),
            instant('accepted_at', true),
            instant('created_at'),
        ],
        indices: [index(['token_hash'], true)],
        foreignKeys: [fk('organisation_id', 'organisation'), fk('plan_id', 'action_plan'), fk('invited_by_id', 'user')],
    }),
    new typeorm_1.Table({
        name: 'audit_event',
        columns: [
            id(),
            ref('actor_id', true),
            str('action', 60),
            str('subject_type', 30, true),
            ref('subject_id', true),
            text('detail', false, '{}'),
            str('ip', 64, true),
            instant('created_at'),
        ],
        indices: [index(['subject_type', 'subject_id']), index(['created_at'])],
        foreignKeys: [fk('actor_id', 'user')],
    }),
];
/** Tables whose rows are history: the database itself refuses UPDATE and DELETE on them. */
exports.APPEND_ONLY_TABLES = ['status_update', 'evidence', 'revision', 'audit_event'];
class InitialSchema1763800000000 {
    name = 'InitialSchema1763800000000';
    async up(queryRunner) {
        for (const table of TABLES)
            await queryRunner.createTable(table, false, true, true);
        const postgres = queryRunner.connection.options.type === 'postgres';
        if (postgres) {
            await queryRunner.query(`CREATE FUNCTION reject_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
        }
        for (const table of exports.APPEND_ONLY_TABLES) {
            for (const operation of ['UPDATE', 'DELETE']) {
                const trigger = `${table}_no_${operation.toLowerCase()}`;
                await queryRunner.query(postgres
                    ? `CREATE TRIGGER ${trigger} BEFORE ${operation} ON "${table}" FOR EACH ROW EXECUTE FUNCTION reject_history_change()`
                    : `CREATE TRIGGER ${trigger} BEFORE ${operation} ON "${table}" BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`);
            }
        }
    }
    async down(queryRunner) {
        for (const table of [...TABLES].reverse())
            await queryRunner.dropTable(table.name, true, true, true);
        if (queryRunner.connection.options.type === 'postgres') {
            await queryRunner.query('DROP FUNCTION IF EXISTS reject_history_change()');
        }
    }
}
exports.InitialSchema1763800000000 = InitialSchema1763800000000;
//# sourceMappingURL=1763800000000-initial-schema.js.map