import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sites allowed to frame an organisation's embeds (`/embed/<org>/<plan>`): its
 * `embed_origins`, https origins separated by spaces, empty for "any site". Existing
 * organisations get the empty list. Plain `ADD COLUMN`, run in place.
 */
export class EmbedOrigins1765000000000 implements MigrationInterface {
  name = 'EmbedOrigins1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "embed_origins" text NOT NULL DEFAULT ''`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisation" DROP COLUMN "embed_origins"');
  }
}
