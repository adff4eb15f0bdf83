import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations become editable like every other record (`updateOrganisation`): each row gets the
 * `version` that edits compare and set. Existing organisations start at version 1. Plain
 * `ADD COLUMN`, which SQLite and PostgreSQL both run in place, without copying the table.
 */
export class OrganisationVersion1764100000000 implements MigrationInterface {
  name = 'OrganisationVersion1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisation" ADD COLUMN "version" integer NOT NULL DEFAULT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisation" DROP COLUMN "version"');
  }
}
