import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Database, OPEN_READWRITE } from 'sqlite3';
import { badInput } from '../common/domain-error';
import { loadConfig } from '../config/app-config';
import { MIGRATIONS } from '../database/migrations';
import { SQLITE_PRAGMAS } from '../database/sqlite-pragmas';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = 'SQLite format 3\0';

/** The SQLite file DATABASE_URL names; a PostgreSQL URL is refused, as its backups are PostgreSQL's own job. */
export function databaseFile(command: string): string {
  const url = process.env.DATABASE_URL ?? '';
  if (/^postgres(ql)?:\/\//.test(url))
    throw badInput(
      `tracker ${command} works on an SQLite file, and DATABASE_URL names a PostgreSQL database. ` +
        'On PostgreSQL, backups are PostgreSQL’s own job. Back up and restore PostgreSQL with its own tools ' +
        '(pg_dump and pg_restore), as docs/operations.md shows.',
    );
  const target = loadConfig().database;
  if (target.kind !== 'sqlite') throw badInput(`tracker ${command} works on an SQLite file only.`);
  return resolve(target.path);
}

/** The absolute path given to an option such as --to FILE. */
export function fileOption(args: string[], name: string): string {
  const index = args.indexOf(name);
  const value = index < 0 ? undefined : args[index + 1];
  if (value === undefined || value.startsWith('--')) throw badInput(`${name} FILE is required.`);
  return resolve(value);
}

/** One connection of the command's own to an SQLite file, opened without creating it. */
export class SqliteFile {
  private constructor(private readonly db: Database) {}

  static open(path: string): Promise<SqliteFile> {
    return new Promise((done, fail) => {
      const db: Database = new Database(path, OPEN_READWRITE, (error) =>
        error ? fail(error) : done(new SqliteFile(db)),
      );
    });
  }

  all<T = Record<string, string | number | null>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return new Promise((done, fail) =>
      this.db.all<T>(sql, parameters, (error, rows) => (error ? fail(error) : done(rows))),
    );
  }

  close(): Promise<void> {
    return new Promise((done, fail) => this.db.close((error) => (error ? fail(error) : done())));
  }

  /** Waits for a writer as the server does, rather than failing at once with SQLITE_BUSY. */
  async waitWhenBusy(): Promise<void> {
    await this.all(`PRAGMA busy_timeout = ${SQLITE_PRAGMAS.busy_timeout}`);
  }

  /** What `PRAGMA integrity_check` says: `['ok']` for a sound database. */
  async integrity(): Promise<string[]> {
    const rows = await this.all<{ integrity_check: string }>('PRAGMA integrity_check');
    return rows.map((row) => row.integrity_check);
  }

  /** The migrations applied to the file, oldest first; null when it has no migrations table. */
  async migrations(): Promise<{ timestamp: number; name: string }[] | null> {
    const tables = await this.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'");
    if (tables.length === 0) return null;
    return this.all('SELECT timestamp, name FROM migrations ORDER BY timestamp, id');
  }

  async count(table: 'action_plan' | 'status_update'): Promise<number> {
    const [row] = await this.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
    return row.n;
  }
}

/** Whether the file starts as an SQLite database does. */
export function looksLikeSqlite(path: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** The names of the migrations this code knows, as TypeORM records them in the migrations table. */
export const KNOWN_MIGRATIONS = MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name);

/** The timestamp a migration's name ends with, as TypeORM reads it. */
const timestampOf = (name: string): number => Number(/\d{13}$/.exec(name)?.[0] ?? 0);

/** The file's migrations that this code does not know, each said as newer than the code or unknown to it. */
export function foreignMigrations(applied: { timestamp: number; name: string }[]): string[] {
  const known = new Set(KNOWN_MIGRATIONS);
  const newest = Math.max(...KNOWN_MIGRATIONS.map(timestampOf));
  return applied
    .filter((migration) => !known.has(migration.name))
    .map(
      (migration) =>
        `${migration.name} (${Number(migration.timestamp) > newest ? 'newer than this code' : 'unknown to this code'})`,
    );
}

/** What a copy holds, for the command's last words. */
export interface Contents {
  bytes: number;
  migrations: string[];
  plans: number;
  ledgerEntries: number;
}

export async function describe(file: SqliteFile, path: string): Promise<Contents> {
  const migrations = ((await file.migrations()) ?? []).map((migration) => migration.name);
  return {
    bytes: statSync(path).size,
    migrations,
    plans: await file.count('action_plan'),
    ledgerEntries: await file.count('status_update'),
  };
}

export function sayContents(contents: Contents): string {
  const size =
    contents.bytes >= 1024 * 1024
      ? `${(contents.bytes / 1024 / 1024).toFixed(1)} MB`
      : `${(contents.bytes / 1024).toFixed(1)} KB`;
  const latest = contents.migrations.at(-1) ?? 'none';
  return [
    `  size:            ${size} (${contents.bytes} bytes)`,
    `  migrations:      ${contents.migrations.length} (latest ${latest})`,
    `  plans:           ${contents.plans}`,
    `  ledger entries:  ${contents.ledgerEntries}`,
    '  integrity check: ok',
  ].join('\n');
}

/** Writes the file's data, then its folder's entry, to the disk before the command says it is done. */
export function syncToDisk(path: string): void {
  for (const [target, flags] of [
    [path, 'r+'],
    [dirname(path), 'r'],
  ] as const) {
    const fd = openSync(target, flags);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** `device:inode` as /proc/locks writes it (major and minor in hex), for a file that exists. */
function lockKey(path: string): string | null {
  if (!existsSync(path)) return null;
  const { dev, ino } = statSync(path);
  const major = (dev >> 8) & 0xfff;
  const minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
  return `${major}:${minor}:${ino}`;
}

/**
 * The processes other than this one that hold the SQLite file open, found by the locks SQLite
 * takes on it and on its -shm file (Linux's /proc/locks); null where that cannot be read.
 */
export function processesHolding(path: string): { pid: number; command: string }[] | null {
  let table: string;
  try {
    table = readFileSync('/proc/locks', 'utf8');
  } catch {
    return null;
  }
  const keys = new Set([lockKey(path), lockKey(`${path}-shm`)].filter((key) => key !== null));
  const pids = new Set<number>();
  for (const line of table.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const file = fields.find((field) => /^[0-9a-f]+:[0-9a-f]+:\d+$/.test(field));
    if (!file) continue;
    const [major, minor, ino] = file.split(':');
    const pid = Number(fields[fields.indexOf(file) - 1]);
    if (keys.has(`${parseInt(major, 16)}:${parseInt(minor, 16)}:${ino}`) && pid !== process.pid) pids.add(pid);
  }
  return [...pids].map((pid) => {
    let command = 'unknown';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {
      // The process ended, or belongs to another user; its number is still said.
    }
    return { pid, command };
  });
}
