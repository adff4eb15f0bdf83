"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrganisationVersion1764100000000 = void 0;
/**
 * Organisations become editable like every other record (`updateOrganisation`): each row gets the
 * `version` that edits compare and set. Existing organisations start at version 1. Plain
 * `ADD COLUMN`, which SQLite and PostgreSQL both run in place, without copying the table.
 */
class OrganisationVersion1764100000000 {
    name = 'OrganisationVersion1764100000000';
    async up(queryRunner) {
        await queryRunner.query('ALTER TABLE "organisation" ADD COLUMN "version" integer NOT NULL DEFAULT 1');
    }
    async down(queryRunner) {
        await queryRunner.query('ALTER TABLE "organisation" DROP COLUMN "version"');
    }
}
exports.OrganisationVersion1764100000000 = OrganisationVersion1764100000000;
//# sourceMappingURL=1764100000000-organisation-version.js.map