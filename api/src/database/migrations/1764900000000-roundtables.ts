import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';

/**
 * Roundtables (issue 15): the events a plan's organisation holds, the people who register for
 * them, the asks raised there and what answers each ask. Written with QueryRunner's portable
 * table API so it runs on SQLite and PostgreSQL, on a database that already holds data (the
 * tables are new, so nothing existing is touched).
 *
 * Registrations are kept after the retention purge with their personal fields nulled and
 * `erased_at` set, so counts (registered, waiting) stay true; that is why name and email may be
 * null, and why the one-per-email rule is a unique index that ignores nulls.
 */

type Column = [name: string, type: string, options?: Partial<TableColumnOptions>];

const columns = (...specs: Column[]): TableColumnOptions[] =>
  specs.map(([name, type, options]) => {
    const [base, length] = type.split(':');
    return { name, type: base, ...(length ? { length } : {}), isNullable: false, ...options };
  });
const nullable = { isNullable: true };
const key: Column = ['id', 'varchar:36', { isPrimary: true }];
const timestamps: Column[] = [
  ['created_at', 'varchar:24'],
  ['updated_at', 'varchar:24'],
];
const references = (column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT'): TableForeignKey =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete });
const indexed = (name: string, columnNames: string[], isUnique = false): TableIndex =>
  new TableIndex({ name, columnNames, isUnique });
const oneOf = (column: string, values: string[]): { expression: string } => ({
  expression: `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`,
});

const TABLES: Table[] = [
  new Table({
    name: 'roundtable',
    columns: columns(
      key,
      ['plan_id', 'varchar:36'],
      ['title', 'varchar:300'],
      ['description', 'text', { default: `''` }],
      ['audience', 'varchar:20'],
      ['starts_at', 'varchar:24'],
      ['ends_at', 'varchar:24'],
      ['location', 'varchar:300', nullable],
      ['online', 'boolean', { default: false }],
      ['joining_link', 'varchar:2000', nullable],
      ['capacity', 'integer', nullable],
      ['registration_open', 'boolean', { default: false }],
      ['status', 'varchar:20', { default: `'UPCOMING'` }],
      ['cancellation_reason', 'text', nullable],
      ['attendance', 'integer', nullable],
      ['version', 'integer', { default: 1 }],
      ...timestamps,
    ),
    indices: [indexed('IDX_roundtable_plan_id_starts_at', ['plan_id', 'starts_at'])],
    foreignKeys: [references('plan_id', 'action_plan', 'RESTRICT')],
    checks: [
      oneOf('audience', ['MEMBERS', 'ACTIVISTS', 'COUNCILLORS', 'MPS', 'AFFILIATES', 'OPEN']),
      oneOf('status', ['UPCOMING', 'HELD', 'CANCELLED']),
    ],
  }),
  new Table({
    name: 'roundtable_registration',
    columns: columns(
      key,
      ['roundtable_id', 'varchar:36'],
      ['name', 'varchar:200', nullable],
      ['email', 'varchar:254', nullable],
      ['role', 'varchar:200', nullable],
      ['access_needs', 'text', nullable],
      ['consented_at', 'varchar:24'],
      ['status', 'varchar:20'],
      ['position', 'integer'],
      ['cancel_token_hash', 'varchar:64', nullable],
      ['cancelled_at', 'varchar:24', nullable],
      ['erased_at', 'varchar:24', nullable],
      ...timestamps,
    ),
    indices: [
      indexed('IDX_roundtable_registration_email', ['roundtable_id', 'email'], true),
      indexed('IDX_roundtable_registration_queue', ['roundtable_id', 'status', 'position']),
      indexed('IDX_roundtable_registration_token', ['cancel_token_hash'], true),
    ],
    foreignKeys: [references('roundtable_id', 'roundtable', 'CASCADE')],
    checks: [oneOf('status', ['CONFIRMED', 'WAITING', 'CANCELLED'])],
  }),
  new Table({
    name: 'roundtable_ask',
    columns: columns(
      key,
      ['roundtable_id', 'varchar:36'],
      ['plan_id', 'varchar:36'],
      ['statement', 'varchar:1000'],
      ['raised_by', 'integer', nullable],
      ['theme', 'varchar:100', nullable],
      ['position', 'integer'],
      ['version', 'integer', { default: 1 }],
      ...timestamps,
    ),
    indices: [
      indexed('IDX_roundtable_ask_roundtable_id_position', ['roundtable_id', 'position']),
      indexed('IDX_roundtable_ask_plan_id', ['plan_id']),
    ],
    foreignKeys: [
      references('roundtable_id', 'roundtable', 'CASCADE'),
      references('plan_id', 'action_plan', 'RESTRICT'),
    ],
  }),
  new Table({
    name: 'roundtable_ask_link',
    columns: columns(
      key,
      ['ask_id', 'varchar:36'],
      ['recommendation_id', 'varchar:36', nullable],
      ['commitment_id', 'varchar:36', nullable],
      ['milestone_id', 'varchar:36', nullable],
      ['created_at', 'varchar:24'],
    ),
    indices: [
      indexed('IDX_roundtable_ask_link_recommendation', ['ask_id', 'recommendation_id'], true),
      indexed('IDX_roundtable_ask_link_commitment', ['ask_id', 'commitment_id'], true),
      indexed('IDX_roundtable_ask_link_milestone', ['ask_id', 'milestone_id'], true),
      indexed('IDX_roundtable_ask_link_commitment_id', ['commitment_id']),
      indexed('IDX_roundtable_ask_link_recommendation_id', ['recommendation_id']),
      indexed('IDX_roundtable_ask_link_milestone_id', ['milestone_id']),
    ],
    foreignKeys: [
      references('ask_id', 'roundtable_ask', 'CASCADE'),
      references('recommendation_id', 'recommendation', 'CASCADE'),
      references('commitment_id', 'commitment', 'CASCADE'),
      references('milestone_id', 'milestone', 'CASCADE'),
    ],
    checks: [
      {
        expression: `(CASE WHEN "recommendation_id" IS NULL THEN 0 ELSE 1 END + CASE WHEN "commitment_id" IS NULL THEN 0 ELSE 1 END + CASE WHEN "milestone_id" IS NULL THEN 0 ELSE 1 END) = 1`,
      },
    ],
  }),
];

export class Roundtables1764900000000 implements MigrationInterface {
  name = 'Roundtables1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.createTable(table, false, true, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table.name, true, true, true);
  }
}
