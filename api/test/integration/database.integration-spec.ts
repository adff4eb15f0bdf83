import { readPragmas } from '../../src/database/data-source';
import { APPEND_ONLY_TABLES } from '../../src/database/migrations/1763800000000-initial-schema';
import { sql } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';
import { itOnSqlite, testDatabaseKind } from './support/test-database';

describe(`the database (${testDatabaseKind()})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // The demo writes no audit events yet; one row lets the triggers be proved on a real row.
    await t.dataSource.query(
      `INSERT INTO audit_event (id, action, created_at) VALUES ('a1', 'test', '2024-01-01T00:00:00.000Z')`,
    );
  });
  afterAll(() => t.close());

  itOnSqlite('runs with the durability pragmas of docs/security.md, read back from the connection', async () => {
    expect(await readPragmas(t.dataSource)).toEqual({
      journal_mode: 'wal',
      synchronous: 2,
      foreign_keys: 1,
      busy_timeout: 5000,
    });
  });

  it('has applied every migration and has none pending', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
    const [{ count }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM migrations');
    expect(Number(count)).toBe(t.dataSource.migrations.length);
  });

  it.each(APPEND_ONLY_TABLES)('refuses UPDATE and DELETE on %s', async (table) => {
    const [{ id: target }] = await t.dataSource.query(`SELECT id FROM "${table}" LIMIT 1`);
    await expect(sql(t.dataSource, `UPDATE "${table}" SET id = id WHERE id = ?`, [target])).rejects.toThrow(
      `${table} is append-only`,
    );
    await expect(sql(t.dataSource, `DELETE FROM "${table}" WHERE id = ?`, [target])).rejects.toThrow(
      `${table} is append-only`,
    );
    const [{ count }] = await sql(t.dataSource, `SELECT COUNT(*) AS count FROM "${table}" WHERE id = ?`, [target]);
    expect(Number(count)).toBe(1);
  });

  it('enforces foreign keys', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO milestone (id, commitment_id, plan_id, title, position, created_at, updated_at) VALUES ('m', 'nope', 'nope', 't', 1, 'x', 'x')`,
      ),
    ).rejects.toThrow(/foreign key/i);
  });
});
