import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migratedTemplate } from './template-database';
import { onServer } from './template-location';

export type TestDatabaseKind = 'sqlite' | 'postgres';

/** The database the integration suite runs on: TEST_DATABASE, which jest.integration.postgres.config.js sets. */
export function testDatabaseKind(): TestDatabaseKind {
  const kind = process.env.TEST_DATABASE || 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres')
    throw new Error(`TEST_DATABASE=${JSON.stringify(kind)}: the integration suite runs on "sqlite" or "postgres".`);
  return kind;
}

/** `it` for a test about SQLite itself (its file, its folder): the PostgreSQL run skips it. */
export const itOnSqlite: jest.It = testDatabaseKind() === 'sqlite' ? it : it.skip;

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

/** The server's URL for a user that may CREATE DATABASE: the harness's cluster or TEST_DATABASE_URL. */
function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url || !isPostgresUrl(url))
    throw new Error(
      'The integration suite on PostgreSQL needs TEST_DATABASE_URL=postgres://… (a user that may CREATE DATABASE): ' +
        'run it with jest.integration.postgres.config.js, which starts a throwaway cluster when it is unset.',
    );
  return url;
}

async function asAdmin(statement: string): Promise<void> {
  await onServer(adminUrl(), statement);
}

/**
 * The DATABASE_URL of a new database for one test app or spawned process: on SQLite the file
 * `file` in `folder`; on PostgreSQL a database of its own on the test server, collated by bytes as
 * SQLite compares text. Empty, or with `migrated` a copy of the run's template, which has every
 * migration applied and no rows (template-database.ts).
 */
export async function createTestDatabase(
  folder: string,
  file = 'tracker.sqlite',
  options: { migrated?: boolean } = {},
): Promise<string> {
  const template = options.migrated ? await migratedTemplate() : undefined;
  if (testDatabaseKind() === 'sqlite') {
    const path = join(folder, file);
    if (template) copyFileSync(template, path);
    return path;
  }
  const name = `tracker_it_${randomBytes(8).toString('hex')}`;
  await asAdmin(
    template
      ? `CREATE DATABASE "${name}" TEMPLATE "${template}"`
      : `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`,
  );
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database `createTestDatabase` made, ending its connections first; nothing on SQLite (its folder goes). */
export async function dropTestDatabase(url: string): Promise<void> {
  if (!isPostgresUrl(url)) return;
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** A temp folder and the test databases made for it, which `remove` drops with the folder. */
export interface TestFolder {
  path: string;
  /** A new database (`createTestDatabase`); `file` names its SQLite file in the folder. */
  database(file?: string, options?: { migrated?: boolean }): Promise<string>;
  remove(): Promise<void>;
}

export function makeTestFolder(prefix: string): TestFolder {
  const path = mkdtempSync(join(tmpdir(), prefix));
  const made: string[] = [];
  return {
    path,
    async database(file, options) {
      const url = await createTestDatabase(path, file, options);
      made.push(url);
      return url;
    },
    async remove() {
      for (const url of made.splice(0)) await dropTestDatabase(url);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
