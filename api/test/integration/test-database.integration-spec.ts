import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '../../src/database/migrations';
import { openPlainDatabase, plainRows } from './support/plain-database';
import { createTestDatabase, dropTestDatabase, testDatabaseKind } from './support/test-database';

/** Runs `work` on a connection of its own to the PostgreSQL database `url`. */
async function onDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe(`the integration suite's test databases (${testDatabaseKind()})`, () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-test-database-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('copies the run’s migrated template for a test app: every migration applied, no rows, nothing shared', async () => {
    expect(process.env.TEST_DATABASE_TEMPLATE).toBeTruthy();
    const [first, second] = [
      await createTestDatabase(folder, 'first.sqlite', { migrated: true }),
      await createTestDatabase(folder, 'second.sqlite', { migrated: true }),
    ];
    try {
      expect(first).not.toBe(second);
      const applied = await plainRows(first, 'SELECT name FROM migrations ORDER BY timestamp');
      expect(applied.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
      const connection = await openPlainDatabase(first);
      await connection.run(
        "INSERT INTO organisation (id, slug, name, created_at, updated_at) VALUES ('o1', 'only-here', 'Only here', ?, ?)",
        ['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
      );
      await connection.close();
      expect(await plainRows(first, 'SELECT slug FROM organisation')).toEqual([{ slug: 'only-here' }]);
      expect(await plainRows(second, 'SELECT slug FROM organisation')).toEqual([]);
    } finally {
      await dropTestDatabase(first);
      await dropTestDatabase(second);
    }
  });

  if (testDatabaseKind() === 'sqlite') {
    it('is an SQLite file in the test’s folder', async () => {
      const url = await createTestDatabase(folder);
      expect(url).toBe(join(folder, 'tracker.sqlite'));
      await dropTestDatabase(url);
    });
    return;
  }

  it('gives each caller a database of its own: a table made in one is absent from the other', async () => {
    const [first, second] = [await createTestDatabase(folder), await createTestDatabase(folder)];
    try {
      expect(first).toMatch(/^postgres:\/\//);
      expect(new URL(first).pathname).not.toBe(new URL(second).pathname);
      await onDatabase(first, (client) => client.query('CREATE TABLE only_here (n integer)'));
      const tables = (url: string) =>
        onDatabase(url, async (client) =>
          (await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows.map(
            (row: { tablename: string }) => row.tablename,
          ),
        );
      expect(await tables(first)).toEqual(['only_here']);
      expect(await tables(second)).toEqual([]);
    } finally {
      await dropTestDatabase(first);
      await dropTestDatabase(second);
    }
  });

  it('runs on PostgreSQL 15 or newer, in UTF-8 with byte-order collation as SQLite compares', async () => {
    const url = await createTestDatabase(folder);
    try {
      const settings = await onDatabase(url, async (client) => {
        const rows = (
          await client.query<{ name: string; setting: string }>(
            "SELECT name, setting FROM pg_settings WHERE name IN ('server_version_num', 'server_encoding', 'lc_collate')",
          )
        ).rows;
        return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
      });
      expect(Number(settings.server_version_num)).toBeGreaterThanOrEqual(150000);
      expect(settings).toMatchObject({ server_encoding: 'UTF8', lc_collate: 'C.UTF-8' });
      const sorted = await onDatabase(url, async (client) =>
        (await client.query("SELECT w FROM (VALUES ('b'), ('B'), ('a'), ('é'), ('Z')) AS t(w) ORDER BY w")).rows.map(
          (row: { w: string }) => row.w,
        ),
      );
      expect(sorted).toEqual(['B', 'Z', 'a', 'b', 'é']);
    } finally {
      await dropTestDatabase(url);
    }
  });

  it('drops a database, ending the connections still open to it', async () => {
    const url = await createTestDatabase(folder);
    const name = new URL(url).pathname.slice(1);
    const open = new Client({ connectionString: url });
    await open.connect();
    const ended = new Promise<Error>((resolve) => open.on('error', resolve));
    await dropTestDatabase(url);
    expect((await ended).message).toMatch(/terminat/);
    await open.end().catch(() => undefined);
    const left = await onDatabase(
      process.env.TEST_DATABASE_URL!,
      async (client) => (await client.query('SELECT datname FROM pg_database WHERE datname = $1', [name])).rows,
    );
    expect(left).toEqual([]);
    await expect(onDatabase(url, (client) => client.query('SELECT 1'))).rejects.toThrow(/does not exist/);
  });
});
