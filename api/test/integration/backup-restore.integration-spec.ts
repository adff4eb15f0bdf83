import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '../../src/database/migrations';
import { startServer } from './support/crash/server-process';
import { openPlainConnection } from './support/plain-sqlite';
import { runNode } from './support/process';

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Runs SQL on a file with a connection of its own, then closes it. */
async function sql(path: string, ...statements: string[]): Promise<Record<string, unknown>[]> {
  const db = await openPlainConnection(path);
  try {
    let rows: Record<string, unknown>[] = [];
    for (const statement of statements) rows = await db.all(statement);
    return rows;
  } finally {
    await db.close();
  }
}

describe('tracker backup and tracker restore (built dist/cli/tracker.js)', () => {
  let folder: string;
  let database: string;
  let good: string;
  const tracker = (databaseUrl: string, ...args: string[]) =>
    runNode('cli/tracker.js', { DATABASE_URL: databaseUrl }, args).exited;
  /** A copy of the good backup to spoil. */
  const copyOfGood = (name: string): string => {
    const path = join(folder, name);
    copyFileSync(good, path);
    return path;
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-backup-'));
    database = join(folder, 'tracker.sqlite');
    expect((await tracker(database, 'seed')).code).toBe(0);
    good = join(folder, 'good.sqlite');
    expect((await tracker(database, 'backup', '--to', good)).code).toBe(0);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a checked copy and says what it holds', async () => {
    const to = join(folder, 'nightly', 'first.sqlite');
    const result = await tracker(database, 'backup', '--to', to);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Backed up .*tracker\.sqlite to .*first\.sqlite in [\d.]+ s/);
    expect(result.output).toMatch(/size: +[\d.]+ KB \(\d+ bytes\)/);
    const latest = MIGRATIONS[MIGRATIONS.length - 1].name;
    expect(result.output).toMatch(new RegExp(`migrations: +${MIGRATIONS.length} \\(latest ${latest}\\)`));
    expect(result.output).toMatch(/plans: +3\n/);
    expect(result.output).toMatch(/ledger entries: +\d+/);
    expect(result.output).toContain('integrity check: ok');
    expect(await sql(to, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(readdirSync(join(folder, 'nightly'))).toEqual(['first.sqlite']);
  });

  it('refuses to overwrite an existing file unless told to with --force', async () => {
    const to = join(folder, 'existing.sqlite');
    writeFileSync(to, 'keep me');
    const refused = await tracker(database, 'backup', '--to', to);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('already exists; choose another name, or add --force');
    expect(readFileSync(to, 'utf8')).toBe('keep me');
    const forced = await tracker(database, 'backup', '--to', to, '--force');
    expect(forced.code).toBe(0);
    expect(await sql(to, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it.each([
    [['backup'], '--to FILE is required'],
    [['backup', '--to'], '--to FILE is required'],
    [['restore'], '--from FILE is required'],
  ])('explains a missing option: %p', async (args, message) => {
    expect(await tracker(database, ...args)).toMatchObject({ code: 2, output: expect.stringContaining(message) });
  });

  it('refuses to back up a database that is not there', async () => {
    const result = await tracker(join(folder, 'none.sqlite'), 'backup', '--to', join(folder, 'none-copy.sqlite'));
    expect(result).toMatchObject({ code: 2, output: expect.stringContaining('There is no database at') });
    expect(existsSync(join(folder, 'none.sqlite'))).toBe(false);
  });

  it.each(['backup --to', 'restore --from'])(
    '%s on a PostgreSQL DATABASE_URL says it is pg_dump’s job',
    async (command) => {
      const result = await tracker('postgres://tracker@localhost/tracker', ...command.split(' '), good);
      expect(result.code).toBe(2);
      expect(result.output).toContain(
        'On PostgreSQL, backups are PostgreSQL’s own job. Back up and restore PostgreSQL with its own tools (pg_dump and pg_restore), as docs/operations.md shows.',
      );
    },
  );

  describe('restore refuses, exit 2, leaving the database as it was', () => {
    let before: string;
    beforeAll(() => {
      before = sha(database);
    });
    afterEach(() => {
      expect(sha(database)).toBe(before);
      expect(readdirSync(folder).filter((name) => /\.(restoring|replaced)-/.test(name))).toEqual([]);
    });
    const refusal = async (from: string, message: string | RegExp): Promise<void> => {
      const result = await tracker(database, 'restore', '--from', from);
      expect(result.code).toBe(2);
      expect(result.output).toMatch(message);
    };

    it('a file that is not there', () => refusal(join(folder, 'missing.sqlite'), 'There is no file at'));

    it('a file that is not an SQLite database', () => {
      writeFileSync(join(folder, 'notes.txt'), 'Not a database at all.\n'.repeat(100));
      return refusal(join(folder, 'notes.txt'), 'notes.txt is not an SQLite database');
    });

    it('a database that fails PRAGMA integrity_check', () => {
      const spoilt = copyOfGood('spoilt.sqlite');
      const fd = openSync(spoilt, 'r+');
      // Pages 3 to 6 (of 4,096 bytes) overwritten: the header still says SQLite.
      writeSync(fd, Buffer.alloc(4 * 4096, 0x5a), 0, 4 * 4096, 2 * 4096);
      closeSync(fd);
      return refusal(spoilt, /spoilt\.sqlite fails SQLite's integrity check/);
    });

    it('a database with a migration newer than the code', async () => {
      const newer = copyOfGood('newer.sqlite');
      await sql(newer, "INSERT INTO migrations (timestamp, name) VALUES (9999999999999, 'FromTheFuture9999999999999')");
      await refusal(newer, /does not have: FromTheFuture9999999999999 \(newer than this code\)/);
    });

    it('a database with a migration unknown to the code', async () => {
      const unknown = copyOfGood('unknown.sqlite');
      await sql(unknown, "INSERT INTO migrations (timestamp, name) VALUES (1763900000000, 'Sideways1763900000000')");
      await refusal(unknown, /does not have: Sideways1763900000000 \(unknown to this code\)/);
    });

    it("an SQLite database that is not the tracker's", async () => {
      const other = join(folder, 'other.sqlite');
      await sql(other, 'CREATE TABLE recipe (name TEXT)');
      await refusal(other, "not the tracker's: it has no migrations table");
    });

    it('the database itself', () => refusal(database, '--from names the database itself'));

    it('while a server holds the database open, naming its process', async () => {
      const server = await startServer({ DATABASE_URL: database });
      try {
        await refusal(good, /tracker\.sqlite is open in process \d+ \(.*main\.js\)\. Stop the server first/);
      } finally {
        await server.stop();
      }
      before = sha(database);
    });
  });

  it('restores into a new file, saying nothing was replaced', async () => {
    const fresh = join(folder, 'fresh', 'tracker.sqlite');
    const result = await tracker(fresh, 'restore', '--from', good);
    expect(result.code).toBe(0);
    expect(result.output).toContain(`Restored ${good} into ${fresh}:`);
    expect(result.output).toContain('nothing was replaced');
    expect(sha(good)).toBe(sha(fresh));
  });

  it('sets aside a -wal left without its database, so SQLite never reads it with the restored one', async () => {
    const target = join(folder, 'orphan', 'tracker.sqlite');
    mkdirSync(join(folder, 'orphan'));
    writeFileSync(`${target}-wal`, 'a log of some other database');
    const result = await tracker(target, 'restore', '--from', good);
    expect(result.code).toBe(0);
    expect(readdirSync(join(folder, 'orphan')).filter((name) => name.endsWith('-wal'))).toEqual([
      expect.stringMatching(/^tracker\.sqlite\.replaced-.*Z-wal$/),
    ]);
    expect(sha(target)).toBe(sha(good));
  });

  it('keeps the replaced database whole, with what was only in its -wal, and reads no stale -wal', async () => {
    const target = join(folder, 'crashed', 'tracker.sqlite');
    expect((await tracker(target, 'restore', '--from', good)).code).toBe(0);
    // A process that writes and dies without closing the database leaves the write in the -wal only.
    const script = `
      const { Database } = require('sqlite3');
      const db = new Database(${JSON.stringify(target)});
      db.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE drill_marker (n INTEGER); INSERT INTO drill_marker VALUES (42);',
        (error) => { if (error) throw error; process.kill(process.pid, 'SIGKILL'); });`;
    spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..', '..') });
    expect(existsSync(`${target}-wal`)).toBe(true);

    const result = await tracker(target, 'restore', '--from', good);
    expect(result.code).toBe(0);
    const replaced = /kept as (\S+)\.\n/.exec(result.output)?.[1];
    expect(replaced).toMatch(/crashed\/tracker\.sqlite\.replaced-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/);
    expect(await sql(replaced!, 'SELECT n FROM drill_marker')).toEqual([{ n: 42 }]);
    expect(await sql(target, "SELECT name FROM sqlite_master WHERE name = 'drill_marker'")).toEqual([]);
    expect(await sql(target, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(readdirSync(join(folder, 'crashed')).filter((name) => name.includes('-wal'))).toEqual([]);
  });
});
