import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { types as pgTypes } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SQLITE_PRAGMAS } from './sqlite-pragmas';

export { SQLITE_PRAGMAS };

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

/**
 * PostgreSQL answers COUNT(*) and SUM over integers as bigint, which node-postgres leaves as a
 * string; the counts here are far below 2^53, so they are read as numbers, as SQLite gives them.
 */
pgTypes.setTypeParser(pgTypes.builtins.INT8, (value) => Number(value));

/** The advisory lock that lets one process at a time apply migrations (any 64-bit number of our own). */
export const MIGRATION_LOCK = 7_264_513_001;

/** The options of the one DataSource of the application and the CLI. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const target = config.database;
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  };
  if (target.kind === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: target.url,
      poolSize: config.DATABASE_POOL_SIZE,
      applicationName: 'action-plan-tracker',
      // A process that cannot reach the database says so within seconds rather than hanging.
      connectTimeoutMS: 10_000,
    };
  }
  return {
    ...common,
    type: 'sqlite',
    database: resolve(target.path),
    enableWAL: true,
    busyTimeout: SQLITE_PRAGMAS.busy_timeout,
  };
}

/** Where a DataSource's database is, for messages: the file, or the PostgreSQL URL without its password. */
export function describeDatabase(options: DataSourceOptions): string {
  if (options.type !== 'postgres') return String(options.database);
  const url = new URL(String(options.url));
  if (url.password) url.password = '***';
  return url.toString();
}

/**
 * Opens the DataSource and applies pending migrations: on SQLite after setting the durability
 * pragmas; on PostgreSQL holding an advisory lock, so that of several processes starting
 * together one migrates and the others wait, then find nothing left to do.
 */
export async function openDatabase(options: DataSourceOptions): Promise<DataSource> {
  const sqlite = options.type === 'sqlite';
  if (sqlite) prepareDatabaseFolder(String(options.database));
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot open the database ${describeDatabase(options)}: ${(error as Error).message}`,
    );
  }
  if (sqlite) {
    await applyPragmas(dataSource);
    await dataSource.runMigrations({ transaction: 'each' });
  } else {
    await migrateHoldingLock(dataSource);
  }
  return dataSource;
}

async function migrateHoldingLock(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
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
