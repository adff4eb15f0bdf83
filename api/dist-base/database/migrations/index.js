"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATIONS = void 0;
const _1763800000000_initial_schema_1 = require("./1763800000000-initial-schema");
const _1764000000000_append_only_keys_1 = require("./1764000000000-append-only-keys");
const _1764100000000_organisation_version_1 = require("./1764100000000-organisation-version");
const _1764200000000_plan_drafts_1 = require("./1764200000000-plan-drafts");
const _1764300000000_finding_versions_1 = require("./1764300000000-finding-versions");
const _1764400000000_milestone_references_1 = require("./1764400000000-milestone-references");
const _1764500000000_organisation_licence_1 = require("./1764500000000-organisation-licence");
const _1764600000000_postgres_double_values_1 = require("./1764600000000-postgres-double-values");
const _1764700000000_rate_limit_counters_1 = require("./1764700000000-rate-limit-counters");
/** Migrations in the order they run. */
exports.MIGRATIONS = [
    _1763800000000_initial_schema_1.InitialSchema1763800000000,
    _1764000000000_append_only_keys_1.AppendOnlyKeys1764000000000,
    _1764100000000_organisation_version_1.OrganisationVersion1764100000000,
    _1764200000000_plan_drafts_1.PlanDrafts1764200000000,
    _1764300000000_finding_versions_1.FindingVersions1764300000000,
    _1764400000000_milestone_references_1.MilestoneReferences1764400000000,
    _1764500000000_organisation_licence_1.OrganisationLicence1764500000000,
    _1764600000000_postgres_double_values_1.PostgresDoubleValues1764600000000,
    _1764700000000_rate_limit_counters_1.RateLimitCounters1764700000000,
];
//# sourceMappingURL=index.js.map