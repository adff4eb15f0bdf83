import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of the sign-in throttle and the write limits, shared by every process of a
 * PostgreSQL installation (common/rate-limit.ts): one row per limit and key, with its points
 * and the end of its window in milliseconds, the layout rate-limiter-flexible's PostgreSQL
 * store reads and writes. SQLite installations run one process and count in memory; the
 * table is made there too, so both databases have one schema.
 */
export class RateLimitCounters1764700000000 implements MigrationInterface {
  name = 'RateLimitCounters1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limit" ("key" varchar(255) PRIMARY KEY NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint)',
    );
    await queryRunner.query('CREATE INDEX "IDX_rate_limit_expire" ON "rate_limit" ("expire")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "rate_limit"');
  }
}
