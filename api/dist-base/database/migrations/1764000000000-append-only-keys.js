"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppendOnlyKeys1764000000000 = exports.APPEND_ONLY_KEYS = void 0;
const _1763800000000_initial_schema_1 = require("./1763800000000-initial-schema");
/**
 * The unique keys of each append-only table. SQLite's REPLACE (`INSERT OR REPLACE`, `REPLACE INTO`)
 * deletes the row that conflicts on any of them without firing DELETE triggers, so each one needs
 * guarding. A migration that adds a unique key to one of these tables replaces its trigger.
 */
exports.APPEND_ONLY_KEYS = {
    status_update: ['id', 'sequence'],
    evidence: ['id'],
    revision: ['id'],
    audit_event: ['id'],
};
const sqliteTrigger = (table) => `${table}_no_replace`;
const postgresTrigger = (table) => `${table}_no_truncate`;
/**
 * Closes the ways around the UPDATE and DELETE triggers of the first migration, in the schema, so
 * that every connection to the database is refused, not only the application's.
 *
 * - SQLite: a BEFORE INSERT trigger refuses a row whose key already exists. That stops REPLACE,
 *   which would otherwise delete the existing row silently, and refuses an UPSERT
 *   (`ON CONFLICT … DO UPDATE`) before it reaches the UPDATE trigger.
 * - PostgreSQL has no REPLACE, and `ON CONFLICT … DO UPDATE` fires the UPDATE trigger; but
 *   TRUNCATE fires no row triggers, so a statement trigger refuses it.
 */
class AppendOnlyKeys1764000000000 {
    name = 'AppendOnlyKeys1764000000000';
    async up(queryRunner) {
        const postgres = queryRunner.connection.options.type === 'postgres';
        for (const table of _1763800000000_initial_schema_1.APPEND_ONLY_TABLES) {
            if (postgres) {
                await queryRunner.query(`CREATE TRIGGER ${postgresTrigger(table)} BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION reject_history_change()`);
                continue;
            }
            const existing = exports.APPEND_ONLY_KEYS[table]
                .map((key) => `EXISTS (SELECT 1 FROM "${table}" WHERE "${key}" = NEW."${key}")`)
                .join(' OR ');
            await queryRunner.query(`CREATE TRIGGER ${sqliteTrigger(table)} BEFORE INSERT ON "${table}" WHEN ${existing} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`);
        }
    }
    async down(queryRunner) {
        const postgres = queryRunner.connection.options.type === 'postgres';
        for (const table of _1763800000000_initial_schema_1.APPEND_ONLY_TABLES) {
            await queryRunner.query(postgres
                ? `DROP TRIGGER IF EXISTS ${postgresTrigger(table)} ON "${table}"`
                : `DROP TRIGGER IF EXISTS ${sqliteTrigger(table)}`);
        }
    }
}
exports.AppendOnlyKeys1764000000000 = AppendOnlyKeys1764000000000;
//# sourceMappingURL=1764000000000-append-only-keys.js.map