import { MigrationInterface, QueryRunner } from 'typeorm';
import { APPEND_ONLY_TABLES } from './1763800000000-initial-schema';

/**
 * The unique keys of each append-only table. SQLite's REPLACE (`INSERT OR REPLACE`, `REPLACE INTO`)
 * deletes the row that conflicts on any of them without firing DELETE triggers, so each one needs
 * guarding. A migration that adds a unique key to one of these tables replaces its trigger.
 */
export const APPEND_ONLY_KEYS: Record<string, string[]> = {
  status_update: ['id', 'sequence'],
  evidence: ['id'],
  revision: ['id'],
  audit_event: ['id'],
};

const sqliteTrigger = (table: string): string => `${table}_no_replace`;
const postgresTrigger = (table: string): string => `${table}_no_truncate`;

/**
 * Closes the ways around the UPDATE and DELETE triggers of the first migration, in the schema, so
 * that every connection to the database is refused, not only the application's.
 *
 * - SQLite: a BEFORE INSERT trigger refuses a row whose key already exists. That stops REPLACE,
 *   which would otherwise delete the existing row silently, and refuses an UPSERT
 *   (`ON CONFLICT … DO UPDATE`) before it reaches the UPDATE trigger.
 * - PostgreSQL has no REPLACE, and `ON CONFLICT … DO UPDATE` fires the UPDATE trigger; but
 *   TRUNCATE fires no row triggers, so a statement trigger refuses it.
 */
export class AppendOnlyKeys1764000000000 implements MigrationInterface {
  name = 'AppendOnlyKeys1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const table of APPEND_ONLY_TABLES) {
      if (postgres) {
        await queryRunner.query(
          `CREATE TRIGGER ${postgresTrigger(table)} BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION reject_history_change()`,
        );
        continue;
      }
      const existing = APPEND_ONLY_KEYS[table]
        .map((key) => `EXISTS (SELECT 1 FROM "${table}" WHERE "${key}" = NEW."${key}")`)
        .join(' OR ');
      await queryRunner.query(
        `CREATE TRIGGER ${sqliteTrigger(table)} BEFORE INSERT ON "${table}" WHEN ${existing} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const table of APPEND_ONLY_TABLES) {
      await queryRunner.query(
        postgres
          ? `DROP TRIGGER IF EXISTS ${postgresTrigger(table)} ON "${table}"`
          : `DROP TRIGGER IF EXISTS ${sqliteTrigger(table)}`,
      );
    }
  }
}
