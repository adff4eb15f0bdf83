"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrganisationLicence1764500000000 = void 0;
/**
 * Each organisation publishes its open data under a licence (`Organisation.licence`, an
 * SPDX-style id from organisations/licences.ts). Existing organisations get CC BY 4.0, the
 * default. Plain `ADD COLUMN`, run in place.
 */
class OrganisationLicence1764500000000 {
    name = 'OrganisationLicence1764500000000';
    async up(queryRunner) {
        await queryRunner.query(`ALTER TABLE "organisation" ADD COLUMN "licence" varchar(40) NOT NULL DEFAULT 'CC-BY-4.0'`);
    }
    async down(queryRunner) {
        await queryRunner.query('ALTER TABLE "organisation" DROP COLUMN "licence"');
    }
}
exports.OrganisationLicence1764500000000 = OrganisationLicence1764500000000;
//# sourceMappingURL=1764500000000-organisation-licence.js.map