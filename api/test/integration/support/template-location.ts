import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

/**
 * Where the run's migrated template database is (template-database.ts): an SQLite file in a temp
 * folder, or the name of a PostgreSQL database on the test server. Jest's globalSetup names it
 * here, in the variable the test files read; the first test app of the run makes it. The global
 * hooks load nothing of the app's source: they run in the process of the tests (`--runInBand`),
 * outside their module registry, and the app's decorators must be loaded only inside it.
 */
export const TEMPLATE_VARIABLE = 'TEST_DATABASE_TEMPLATE';

/** Runs `statement` as the user of `url`, on a connection of its own. */
export async function onServer<T>(url: string, statement: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Names the run's template (TEST_DATABASE and, on PostgreSQL, TEST_DATABASE_URL say where) in TEST_DATABASE_TEMPLATE. */
export function nameTemplate(): void {
  process.env[TEMPLATE_VARIABLE] =
    process.env.TEST_DATABASE === 'postgres'
      ? `tracker_template_${randomBytes(8).toString('hex')}`
      : join(mkdtempSync(join(tmpdir(), 'tracker-template-')), 'template.sqlite');
}

/** Removes the run's template: its folder, or its database. */
export async function removeTemplate(): Promise<void> {
  const template = process.env[TEMPLATE_VARIABLE];
  if (!template) return;
  delete process.env[TEMPLATE_VARIABLE];
  if (process.env.TEST_DATABASE !== 'postgres') rmSync(dirname(template), { recursive: true, force: true });
  else await onServer(process.env.TEST_DATABASE_URL!, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
}
