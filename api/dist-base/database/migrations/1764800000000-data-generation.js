"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataGeneration1764800000000 = void 0;
/**
 * One row that every write transaction updates (common/data-generation.ts): its `token` tells a
 * process whether anything was written, by any process or the `tracker` CLI, since it computed
 * what it keeps for anonymous readers (public-cache/).
 */
class DataGeneration1764800000000 {
    name = 'DataGeneration1764800000000';
    async up(queryRunner) {
        await queryRunner.query('CREATE TABLE "data_generation" ("id" integer PRIMARY KEY NOT NULL CHECK ("id" = 1), "value" bigint NOT NULL, "token" varchar(36) NOT NULL)');
        await queryRunner.query(`INSERT INTO "data_generation" ("id", "value", "token") VALUES (1, 0, 'migrated')`);
    }
    async down(queryRunner) {
        await queryRunner.query('DROP TABLE "data_generation"');
    }
}
exports.DataGeneration1764800000000 = DataGeneration1764800000000;
//# sourceMappingURL=1764800000000-data-generation.js.map