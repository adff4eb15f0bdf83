"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MilestoneReferences1764400000000 = void 0;
/**
 * Every milestone gets a short reference, `M1`, `M2`, …, unique within its commitment, so that a
 * milestone has a name people can use in a spreadsheet and that means the same thing in another
 * installation ("C3 M2"), as a commitment has `C3`. Existing milestones are numbered in their
 * commitment's order. Portable SQL: a correlated count, which SQLite and PostgreSQL both run.
 */
class MilestoneReferences1764400000000 {
    name = 'MilestoneReferences1764400000000';
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "milestone" ADD COLUMN "reference" varchar(20) NOT NULL DEFAULT ''`);
        await queryRunner.query(`UPDATE "milestone" SET "reference" = 'M' || (SELECT COUNT(*) FROM "milestone" AS "earlier"
        WHERE "earlier"."commitment_id" = "milestone"."commitment_id"
          AND ("earlier"."position" < "milestone"."position"
            OR ("earlier"."position" = "milestone"."position" AND "earlier"."id" <= "milestone"."id")))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_milestone_commitment_id_reference" ON "milestone" ("commitment_id", "reference")`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX "IDX_milestone_commitment_id_reference"`);
        await queryRunner.query(`ALTER TABLE "milestone" DROP COLUMN "reference"`);
    }
}
exports.MilestoneReferences1764400000000 = MilestoneReferences1764400000000;
//# sourceMappingURL=1764400000000-milestone-references.js.map