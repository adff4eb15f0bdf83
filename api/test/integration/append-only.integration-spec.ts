import { join } from 'node:path';
import { APPEND_ONLY_TABLES } from '../../src/database/migrations/1763800000000-initial-schema';
import { APPEND_ONLY_KEYS } from '../../src/database/migrations/1764000000000-append-only-keys';
import { openPlainConnection, PlainConnection, SqlRow, SqlValue } from './support/plain-sqlite';
import { columnsOf, REWRITTEN } from './support/append-only';
import { startTestApp, TestApp } from './support/test-app';

type Statement = { sql: string; parameters: SqlValue[] };
type Way = { way: string; table: string; statement: (row: SqlRow) => Statement };

const placeholders = (row: SqlRow): string =>
  Object.keys(row)
    .map(() => '?')
    .join(', ');

/** The row with its text rewritten and, to conflict on another key than the id, a new id. */
function rewritten(table: string, row: SqlRow, key: string): SqlRow {
  return { ...row, [REWRITTEN[table]]: 'rewritten', ...(key === 'id' ? {} : { id: 'rewritten-row' }) };
}

function insertion(prefix: string, table: string, row: SqlRow, suffix = ''): Statement {
  return {
    sql: `${prefix} "${table}" (${columnsOf(row)}) VALUES (${placeholders(row)})${suffix}`,
    parameters: Object.values(row),
  };
}

/** Every way of rewriting a row: UPDATE, DELETE, and REPLACE and UPSERT on each unique key. */
const WAYS: Way[] = APPEND_ONLY_TABLES.flatMap((table): Way[] => [
  {
    way: 'UPDATE',
    table,
    statement: (row) => ({
      sql: `UPDATE "${table}" SET "${REWRITTEN[table]}" = 'rewritten' WHERE id = ?`,
      parameters: [row.id],
    }),
  },
  { way: 'DELETE', table, statement: (row) => ({ sql: `DELETE FROM "${table}" WHERE id = ?`, parameters: [row.id] }) },
  ...APPEND_ONLY_KEYS[table].flatMap((key): Way[] => [
    {
      way: `INSERT OR REPLACE on its ${key}`,
      table,
      statement: (row) => insertion('INSERT OR REPLACE INTO', table, rewritten(table, row, key)),
    },
    {
      way: `REPLACE INTO on its ${key}`,
      table,
      statement: (row) => insertion('REPLACE INTO', table, rewritten(table, row, key)),
    },
    {
      way: `UPSERT (ON CONFLICT DO UPDATE) on its ${key}`,
      table,
      statement: (row) =>
        insertion(
          'INSERT INTO',
          table,
          rewritten(table, row, key),
          ` ON CONFLICT ("${key}") DO UPDATE SET "${REWRITTEN[table]}" = excluded."${REWRITTEN[table]}"`,
        ),
    },
  ]),
]);

/** The unique keys of a table as the schema has them: the primary key and every unique index. */
async function uniqueKeys(db: PlainConnection, table: string): Promise<string[]> {
  const indexes = await db.all(`PRAGMA index_list("${table}")`);
  const keys = await Promise.all(
    indexes
      .filter((index) => index.unique === 1)
      .map(async (index) => {
        const columns = await db.all(`PRAGMA index_info("${String(index.name)}")`);
        return columns.map((column) => String(column.name)).join(', ');
      }),
  );
  return keys.sort();
}

describe('the append-only tables, through a plain connection to the database file', () => {
  let t: TestApp;
  let db: PlainConnection;
  const original = new Map<string, SqlRow>();

  const rowById = async (table: string, id: SqlValue): Promise<SqlRow[]> =>
    db.all(`SELECT * FROM "${table}" WHERE id = ?`, [id]);
  const count = async (table: string): Promise<number> =>
    Number((await db.all(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    db = await openPlainConnection(join(t.folder, 'tracker.sqlite'));
    // The demo writes no audit event; appending one is allowed.
    await db.run(`INSERT INTO audit_event (id, action, created_at) VALUES ('a1', 'test', '2024-01-01T00:00:00.000Z')`);
    for (const table of APPEND_ONLY_TABLES) {
      const [row] = await db.all(`SELECT * FROM "${table}" ORDER BY rowid LIMIT 1`);
      original.set(table, row);
    }
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  it.each(APPEND_ONLY_TABLES)('guards every unique key of %s', async (table) => {
    expect(await uniqueKeys(db, table)).toEqual([...APPEND_ONLY_KEYS[table]].sort());
  });

  it.each(WAYS)('$table: refuses $way and leaves the row as it was', async ({ table, statement }) => {
    const row = original.get(table)!;
    const rows = await count(table);
    const { sql, parameters } = statement(row);
    await expect(db.run(sql, parameters)).rejects.toThrow(`${table} is append-only`);
    expect(await rowById(table, row.id)).toEqual([row]);
    expect(await count(table)).toBe(rows);
  });

  it.each(APPEND_ONLY_TABLES)('still appends a new row to %s', async (table) => {
    const fresh: SqlRow = Object.fromEntries(
      APPEND_ONLY_KEYS[table].map((key) => [key, key === 'id' ? 'appended-row' : 1_000_000]),
    );
    const { sql, parameters } = insertion('INSERT INTO', table, { ...original.get(table)!, ...fresh });
    await db.run(sql, parameters);
    expect(await rowById(table, 'appended-row')).toHaveLength(1);
  });
});
