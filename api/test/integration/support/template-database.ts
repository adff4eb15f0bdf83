import { existsSync, renameSync } from 'node:fs';
import { Client } from 'pg';
import { loadConfig } from '../../../src/config/app-config';
import { dataSourceOptions, openDatabase } from '../../../src/database/data-source';
import { onServer, TEMPLATE_VARIABLE } from './template-location';

/** Applies every migration as the app does at startup (`openDatabase`), then closes the database. */
async function migrate(databaseUrl: string): Promise<void> {
  const dataSource = await openDatabase(dataSourceOptions(loadConfig({ DATABASE_URL: databaseUrl })));
  // Everything into the main file, so that a copy of that file alone holds it all.
  if (dataSource.options.type === 'sqlite') await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  await dataSource.destroy();
}

/**
 * The run's migrated template (template-location.ts), made by the first caller: an empty database
 * with every migration applied, which each test app copies instead of migrating one of its own.
 * Undefined when the run named none (a jest config without the global hooks): the app then migrates.
 */
export async function migratedTemplate(): Promise<string | undefined> {
  const template = process.env[TEMPLATE_VARIABLE];
  if (!template) return undefined;
  if (process.env.TEST_DATABASE !== 'postgres') {
    if (!existsSync(template)) {
      // Renamed into place once whole, so that no one copies a half-migrated file.
      const partial = `${template}.${process.pid}.partial`;
      await migrate(partial);
      renameSync(partial, template);
    }
    return template;
  }
  const server = process.env.TEST_DATABASE_URL!;
  // Jest's workers, should a run have several, make it once: the others wait for the lock, then find it made.
  const lock = new Client({ connectionString: server });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const made = await lock.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (made.rowCount === 0) await makePostgresTemplate(server, template);
  } finally {
    await lock.end();
  }
  return template;
}

/** An advisory lock of the template's own (any 64-bit number of ours, other than the app's migration lock). */
const TEMPLATE_LOCK = 7_264_513_002;

async function makePostgresTemplate(server: string, template: string): Promise<void> {
  await onServer(server, `CREATE DATABASE "${template}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
  const url = new URL(server);
  url.pathname = `/${template}`;
  await migrate(url.toString());
  // PostgreSQL copies a database only while no one is connected to it: wait until the closed connections have ended.
  const until = Date.now() + 10_000;
  while ((await onServer(server, 'SELECT 1 FROM pg_stat_activity WHERE datname = $1', [template])).length > 0) {
    if (Date.now() > until) throw new Error(`The template database ${template} still has connections.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await onServer(server, `ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS false`);
}
