"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateLimitCounters1764700000000 = void 0;
/**
 * The counters of the sign-in throttle and the write limits, shared by every process of a
 * PostgreSQL installation (common/rate-limit.ts): one row per limit and key, with its points
 * and the end of its window in milliseconds, the layout rate-limiter-flexible's PostgreSQL
 * store reads and writes. SQLite installations run one process and count in memory; the
 * table is made there too, so both databases have one schema.
 */
class RateLimitCounters1764700000000 {
    name = 'RateLimitCounters1764700000000';
    async up(queryRunner) {
        await queryRunner.query('CREATE TABLE "rate_limit" ("key" varchar(255) PRIMARY KEY NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint)');
        await queryRunner.query('CREATE INDEX "IDX_rate_limit_expire" ON "rate_limit" ("expire")');
    }
    async down(queryRunner) {
        await queryRunner.query('DROP TABLE "rate_limit"');
    }
}
exports.RateLimitCounters1764700000000 = RateLimitCounters1764700000000;
//# sourceMappingURL=1764700000000-rate-limit-counters.js.map