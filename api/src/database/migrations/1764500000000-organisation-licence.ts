import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each organisation publishes its open data under a licence (`Organisation.licence`, an
 * SPDX-style id from organisations/licences.ts). Existing organisations get CC BY 4.0, the
 * default. Plain `ADD COLUMN`, run in place.
 */
export class OrganisationLicence1764500000000 implements MigrationInterface {
  name = 'OrganisationLicence1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "licence" varchar(40) NOT NULL DEFAULT 'CC-BY-4.0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisation" DROP COLUMN "licence"');
  }
}
