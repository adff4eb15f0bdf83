import { Client } from 'pg';
import { APPEND_ONLY_TABLES } from '../../src/database/migrations/1763800000000-initial-schema';
import { APPEND_ONLY_KEYS } from '../../src/database/migrations/1764000000000-append-only-keys';
import { columnsOf, REWRITTEN } from './support/append-only';
import { startTestApp, TestApp } from './support/test-app';

type Row = Record<string, unknown>;
type Statement = { sql: string; parameters: unknown[] };

const placeholders = (row: Row): string =>
  Object.keys(row)
    .map((_, i) => `$${i + 1}`)
    .join(', ');

/** Every way of rewriting a row PostgreSQL has: UPDATE, DELETE, UPSERT on each unique key, TRUNCATE. */
const WAYS = APPEND_ONLY_TABLES.flatMap((table) => [
  {
    way: 'UPDATE',
    table,
    statement: (row: Row): Statement => ({
      sql: `UPDATE "${table}" SET "${REWRITTEN[table]}" = 'rewritten' WHERE id = $1`,
      parameters: [row.id],
    }),
  },
  {
    way: 'DELETE',
    table,
    statement: (row: Row): Statement => ({ sql: `DELETE FROM "${table}" WHERE id = $1`, parameters: [row.id] }),
  },
  ...APPEND_ONLY_KEYS[table].map((key) => ({
    way: `UPSERT (ON CONFLICT DO UPDATE) on its ${key}`,
    table,
    statement: (row: Row): Statement => {
      const rewritten = { ...row, [REWRITTEN[table]]: 'rewritten', ...(key === 'id' ? {} : { id: 'rewritten-row' }) };
      return {
        sql: `INSERT INTO "${table}" (${columnsOf(rewritten)}) VALUES (${placeholders(rewritten)}) ON CONFLICT ("${key}") DO UPDATE SET "${REWRITTEN[table]}" = excluded."${REWRITTEN[table]}"`,
        parameters: Object.values(rewritten),
      };
    },
  })),
  { way: 'TRUNCATE', table, statement: (): Statement => ({ sql: `TRUNCATE "${table}" CASCADE`, parameters: [] }) },
]);

/**
 * On PostgreSQL the history tables refuse every rewrite in the schema itself (triggers of the
 * first two migrations), so a connection that is not the application's is refused too. This is
 * such a connection: node-postgres straight to the test database, as the database's owner.
 */
describe('the append-only tables on PostgreSQL, through a plain connection', () => {
  let t: TestApp;
  let db: Client;
  const original = new Map<string, Row>();

  const rowById = async (table: string, id: unknown): Promise<Row[]> =>
    (await db.query(`SELECT * FROM "${table}" WHERE id = $1`, [id])).rows;
  const count = async (table: string): Promise<number> =>
    Number((await db.query(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    expect(t.dataSource.options.type).toBe('postgres');
    db = new Client({ connectionString: String((t.dataSource.options as { url: string }).url) });
    await db.connect();
    // The demo writes no audit event; appending one is allowed.
    await db.query(
      `INSERT INTO audit_event (id, action, created_at) VALUES ('a1', 'test', '2024-01-01T00:00:00.000Z')`,
    );
    for (const table of APPEND_ONLY_TABLES) {
      original.set(table, (await db.query(`SELECT * FROM "${table}" ORDER BY id LIMIT 1`)).rows[0]);
    }
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it.each(WAYS)('$table: refuses $way and leaves the row as it was', async ({ table, statement }) => {
    const row = original.get(table)!;
    const rows = await count(table);
    const { sql, parameters } = statement(row);
    await expect(db.query(sql, parameters)).rejects.toThrow(`${table} is append-only`);
    expect(await rowById(table, row.id)).toEqual([row]);
    expect(await count(table)).toBe(rows);
  });

  it.each(APPEND_ONLY_TABLES)('still appends a new row to %s', async (table) => {
    const fresh = Object.fromEntries(
      APPEND_ONLY_KEYS[table].map((key) => [key, key === 'id' ? 'appended-row' : 1_000_000]),
    );
    const row = { ...original.get(table)!, ...fresh };
    await db.query(`INSERT INTO "${table}" (${columnsOf(row)}) VALUES (${placeholders(row)})`, Object.values(row));
    expect(await rowById(table, 'appended-row')).toHaveLength(1);
  });
});
