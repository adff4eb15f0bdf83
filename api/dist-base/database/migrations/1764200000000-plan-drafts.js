"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlanDrafts1764200000000 = void 0;
/**
 * Plans start as drafts: `published_at` is the instant a plan was made public (null while it is a
 * draft), and `unpublished_reason` why it was last taken back to draft. The plans already on the
 * record were public when this ran, so they are published as of their creation.
 */
class PlanDrafts1764200000000 {
    name = 'PlanDrafts1764200000000';
    async up(queryRunner) {
        // A plain ADD COLUMN: on SQLite, TypeORM's addColumn rebuilds the table, and dropping the old
        // one would cascade to the commitments that reference it.
        await queryRunner.query('ALTER TABLE "action_plan" ADD COLUMN "published_at" varchar(24)');
        await queryRunner.query('ALTER TABLE "action_plan" ADD COLUMN "unpublished_reason" text');
        await queryRunner.query('UPDATE "action_plan" SET "published_at" = "created_at"');
    }
    async down(queryRunner) {
        await queryRunner.query('ALTER TABLE "action_plan" DROP COLUMN "unpublished_reason"');
        await queryRunner.query('ALTER TABLE "action_plan" DROP COLUMN "published_at"');
    }
}
exports.PlanDrafts1764200000000 = PlanDrafts1764200000000;
//# sourceMappingURL=1764200000000-plan-drafts.js.map