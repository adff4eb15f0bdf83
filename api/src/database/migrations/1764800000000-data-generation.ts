import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row that every write transaction updates (common/data-generation.ts): its `token` tells a
 * process whether anything was written, by any process or the `tracker` CLI, since it computed
 * what it keeps for anonymous readers (public-cache/).
 */
export class DataGeneration1764800000000 implements MigrationInterface {
  name = 'DataGeneration1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "data_generation" ("id" integer PRIMARY KEY NOT NULL CHECK ("id" = 1), "value" bigint NOT NULL, "token" varchar(36) NOT NULL)',
    );
    await queryRunner.query(`INSERT INTO "data_generation" ("id", "value", "token") VALUES (1, 0, 'migrated')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "data_generation"');
  }
}
