import { constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { badInput } from '../common/domain-error';
import {
  Contents,
  databaseFile,
  describe,
  fileOption,
  foreignMigrations,
  KNOWN_MIGRATIONS,
  looksLikeSqlite,
  processesHolding,
  sayContents,
  SqliteFile,
  syncToDisk,
} from './database-file';

const SIDE_FILES = ['-wal', '-shm'];

/** Refuses while another process holds `path` open, naming it. */
function refuseIfOpen(path: string, advice: string): void {
  const holders = processesHolding(path) ?? [];
  if (holders.length === 0) return;
  const named = holders.map((holder) => `process ${holder.pid} (${holder.command})`).join(', ');
  throw badInput(`${path} is open in ${named}. ${advice}`);
}

/**
 * Checks the copy taken of the backup: a sound SQLite database of the tracker whose migrations
 * this code knows. Says what it holds and which migrations the next start applies.
 */
async function check(staging: string, from: string): Promise<{ contents: Contents; pending: string[] }> {
  let copy: SqliteFile;
  try {
    copy = await SqliteFile.open(staging);
  } catch (error) {
    throw badInput(`${from} cannot be opened as an SQLite database: ${(error as Error).message}`);
  }
  try {
    let integrity: string[];
    try {
      integrity = await copy.integrity();
    } catch (error) {
      throw badInput(`${from} fails SQLite's integrity check: ${(error as Error).message}`);
    }
    if (integrity.join() !== 'ok')
      throw badInput(`${from} fails SQLite's integrity check:\n  ${integrity.slice(0, 10).join('\n  ')}`);
    const applied = await copy.migrations();
    if (!applied) throw badInput(`${from} is an SQLite database but not the tracker's: it has no migrations table.`);
    const foreign = foreignMigrations(applied);
    if (foreign.length > 0)
      throw badInput(
        `${from} carries migrations this version of the tracker does not have: ${foreign.join(', ')}. ` +
          'Restore it with the version of the tracker that wrote it, or a newer one.',
      );
    const names = new Set(applied.map((migration) => migration.name));
    return {
      contents: await describe(copy, staging),
      pending: KNOWN_MIGRATIONS.filter((name) => !names.has(name)),
    };
  } finally {
    await copy.close();
  }
}

/**
 * Folds the database's write-ahead log into it (when it can be opened), then moves it and any
 * -wal and -shm left beside it to `<database>.replaced-<time>`, so the replaced database stays
 * whole and no stale log is ever read with the restored file.
 */
async function setAside(database: string): Promise<string> {
  try {
    const current = await SqliteFile.open(database);
    try {
      await current.all('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      await current.close();
    }
  } catch {
    // A database that cannot be opened is moved aside as it is, with its -wal and -shm.
  }
  const replaced = `${database}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  if (existsSync(replaced)) throw badInput(`${replaced} already exists; try again in a moment.`);
  for (const suffix of ['', ...SIDE_FILES]) {
    if (existsSync(`${database}${suffix}`)) renameSync(`${database}${suffix}`, `${replaced}${suffix}`);
  }
  return replaced;
}

/**
 * `tracker restore --from FILE`: replaces the database DATABASE_URL names with a backup, after
 * checking the backup (docs/operations.md, "Restoring"). Refuses while a server holds the
 * database open. The replaced database is kept beside it.
 */
export async function restore(args: string[]): Promise<string> {
  const database = databaseFile('restore');
  const from = fileOption(args, '--from');
  if (!existsSync(from) || !statSync(from).isFile()) throw badInput(`There is no file at ${from} to restore from.`);
  if (from === database) throw badInput('--from names the database itself; give the backup file to restore from.');
  if (!looksLikeSqlite(from)) throw badInput(`${from} is not an SQLite database.`);
  refuseIfOpen(database, 'Stop the server first (on a server: sudo systemctl stop tracker), then restore.');
  refuseIfOpen(from, 'Restore from a copy taken with tracker backup, not from a database in use.');
  mkdirSync(dirname(database), { recursive: true });
  const staging = `${database}.restoring-${process.pid}`;
  try {
    copyFileSync(from, staging, constants.COPYFILE_EXCL);
    if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${staging}-wal`, constants.COPYFILE_EXCL);
    const { contents, pending } = await check(staging, from);
    syncToDisk(staging);
    // A -wal or -shm without its database is set aside too: SQLite would read it with the restored file.
    const replaced = ['', ...SIDE_FILES].some((suffix) => existsSync(`${database}${suffix}`))
      ? await setAside(database)
      : null;
    renameSync(staging, database);
    syncToDisk(database);
    return [
      `Restored ${from} into ${database}:`,
      sayContents({ ...contents, bytes: statSync(database).size }),
      replaced
        ? `The database it replaced is kept as ${replaced}.`
        : `There was no database at ${database} before; nothing was replaced.`,
      pending.length > 0
        ? `The server applies ${pending.length} newer migration(s) when it starts: ${pending.join(', ')}.`
        : 'Its migrations are those of this version of the tracker.',
      'Start the server to serve it (on a server: sudo systemctl start tracker).',
    ].join('\n');
  } finally {
    for (const file of [staging, ...SIDE_FILES.map((side) => `${staging}${side}`)]) rmSync(file, { force: true });
  }
}
