"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FindingVersions1764300000000 = void 0;
/**
 * Findings become editable records: each gets a version (compare-and-set, like every other edit)
 * and its stamps, and a revision may name the report whose public history shows it, as
 * `commitment_id` does for a commitment's milestones. Existing findings start at version 1 with
 * their report's creation time. Plain `ALTER TABLE … ADD COLUMN` keeps the append-only triggers
 * of `revision` in place (rebuilding the table would drop them).
 */
class FindingVersions1764300000000 {
    name = 'FindingVersions1764300000000';
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "finding" ADD COLUMN "version" integer NOT NULL DEFAULT 1`);
        await queryRunner.query(`ALTER TABLE "finding" ADD COLUMN "created_at" varchar(24) NOT NULL DEFAULT ''`);
        await queryRunner.query(`ALTER TABLE "finding" ADD COLUMN "updated_at" varchar(24) NOT NULL DEFAULT ''`);
        await queryRunner.query(`UPDATE "finding" SET "created_at" = (SELECT "created_at" FROM "report" WHERE "report"."id" = "finding"."report_id"), "updated_at" = (SELECT "created_at" FROM "report" WHERE "report"."id" = "finding"."report_id")`);
        await queryRunner.query(`ALTER TABLE "revision" ADD COLUMN "report_id" varchar(36) REFERENCES "report" ("id")`);
        await queryRunner.query(`CREATE INDEX "IDX_revision_report_id_created_at" ON "revision" ("report_id", "created_at")`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX "IDX_revision_report_id_created_at"`);
        await queryRunner.query(`ALTER TABLE "revision" DROP COLUMN "report_id"`);
        await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "updated_at"`);
        await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "created_at"`);
        await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "version"`);
    }
}
exports.FindingVersions1764300000000 = FindingVersions1764300000000;
//# sourceMappingURL=1764300000000-finding-versions.js.map