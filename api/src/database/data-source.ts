import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The pragmas every SQLite connection runs with (docs/security.md, "Data that is never lost"). */
export const SQLITE_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Makes sure the folder of the database file exists and is writable, with a message a person can act on. */
function prepareDatabaseFolder(path: string): void {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DatabaseUnavailableError(
      `Cannot write to the database folder ${folder} (${reason}). Set DATABASE_URL to a file in a writable folder.`,
    );
  }
}

/** The options of the one DataSource of the application and the CLI. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const target = config.database;
  if (target.kind !== 'sqlite') throw new DatabaseUnavailableError('Only SQLite is supported for now.');
  return {
    type: 'sqlite',
    database: resolve(target.path),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    enableWAL: true,
    busyTimeout: SQLITE_PRAGMAS.busy_timeout,
    logging: false,
  };
}

/** Opens the DataSource, sets the durability pragmas and applies pending migrations. */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  prepareDatabaseFolder(String(options.database));
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot open the database ${String(options.database)}: ${(error as Error).message}`,
    );
  }
  await applyPragmas(dataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

export async function applyPragmas(dataSource: DataSource): Promise<void> {
  for (const [name, value] of Object.entries(SQLITE_PRAGMAS)) {
    await dataSource.query(`PRAGMA ${name} = ${value}`);
  }
}

/** Reads the pragmas back, for tests and `/readyz`. */
export async function readPragmas(
  dataSource: DataSource,
): Promise<Record<keyof typeof SQLITE_PRAGMAS, string | number>> {
  const entries = await Promise.all(
    Object.keys(SQLITE_PRAGMAS).map(async (name) => {
      const rows: Record<string, string | number>[] = await dataSource.query(`PRAGMA ${name}`);
      return [name, Object.values(rows[0])[0]] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<keyof typeof SQLITE_PRAGMAS, string | number>;
}
