import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { badInput } from '../common/domain-error';
import { databaseFile, describe, fileOption, sayContents, SqliteFile, syncToDisk } from './database-file';

/**
 * `tracker backup --to FILE [--force]`: a consistent copy of the SQLite database, taken while
 * the server serves and writes (docs/adr/0007-backups.md). The copy is written beside FILE
 * under another name, checked with PRAGMA integrity_check, written to the disk, and only then
 * given FILE's name, so FILE is never a half-written backup.
 */
export async function backup(args: string[]): Promise<string> {
  const database = databaseFile('backup');
  const to = fileOption(args, '--to');
  const force = args.includes('--force');
  if (!existsSync(database)) throw badInput(`There is no database at ${database} (DATABASE_URL) to back up.`);
  if (to === database) throw badInput('--to names the database itself; give the backup a file name of its own.');
  if (existsSync(to) && !force)
    throw badInput(`${to} already exists; choose another name, or add --force to replace it.`);
  mkdirSync(dirname(to), { recursive: true });
  const partial = `${to}.partial-${process.pid}`;
  const started = performance.now();
  try {
    const source = await SqliteFile.open(database);
    try {
      await source.waitWhenBusy();
      // One read transaction: the copy is the database as it was when the statement began.
      await source.all('VACUUM INTO ?', [partial]);
    } finally {
      await source.close();
    }
    const copy = await SqliteFile.open(partial);
    let contents;
    try {
      const integrity = await copy.integrity();
      if (integrity.join() !== 'ok') throw new Error(`The copy failed its integrity check: ${integrity.join('; ')}`);
      contents = await describe(copy, partial);
    } finally {
      await copy.close();
    }
    syncToDisk(partial);
    if (force) renameSync(partial, to);
    else {
      try {
        linkSync(partial, to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        throw badInput(`${to} appeared while the backup was being taken; it was left as it is.`);
      }
    }
    syncToDisk(to);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `Backed up ${database} to ${to} in ${seconds} s:\n${sayContents(contents)}`;
  } finally {
    rmSync(partial, { force: true });
  }
}
