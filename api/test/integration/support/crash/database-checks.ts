import { resolve } from 'node:path';
import { AppConfig } from '../../../../src/config/app-config';
import { openPlainConnection } from '../plain-sqlite';

export interface DatabaseHealth {
  /** What the database's own check says; `['ok']` when sound. */
  integrity: string[];
  /** One line per row that points to a row that does not exist. */
  foreignKeyViolations: string[];
}

export interface DatabaseChecks {
  /** Which database is checked, for the report. */
  name: string;
  check(): Promise<DatabaseHealth>;
}

/**
 * The checks that depend on the database engine, on their own connection: for SQLite,
 * `PRAGMA integrity_check` and `PRAGMA foreign_key_check`. The server supports SQLite only, so
 * another DATABASE_URL is refused here as it is at the server's start.
 */
export function databaseChecks(databaseUrl: string): DatabaseChecks {
  const target = Object.assign(new AppConfig(), { DATABASE_URL: databaseUrl }).database;
  if (target.kind !== 'sqlite') {
    throw new Error(
      `The crash harness checks SQLite databases only, as the server runs on SQLite only: ${databaseUrl}`,
    );
  }
  const path = resolve(target.path);
  return {
    name: `SQLite file ${path}`,
    async check() {
      const db = await openPlainConnection(path);
      try {
        const integrity = await db.all('PRAGMA integrity_check');
        const violations = await db.all('PRAGMA foreign_key_check');
        return {
          integrity: integrity.map((row) => String(row.integrity_check)),
          foreignKeyViolations: violations.map(
            (row) =>
              `${String(row.table)} row ${String(row.rowid)} → ${String(row.parent)} (foreign key ${String(row.fkid)})`,
          ),
        };
      } finally {
        await db.close();
      }
    },
  };
}
