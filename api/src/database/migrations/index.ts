import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { AppendOnlyKeys1764000000000 } from './1764000000000-append-only-keys';
import { OrganisationVersion1764100000000 } from './1764100000000-organisation-version';
import { PlanDrafts1764200000000 } from './1764200000000-plan-drafts';
import { FindingVersions1764300000000 } from './1764300000000-finding-versions';
import { MilestoneReferences1764400000000 } from './1764400000000-milestone-references';
import { OrganisationLicence1764500000000 } from './1764500000000-organisation-licence';
import { PostgresDoubleValues1764600000000 } from './1764600000000-postgres-double-values';
import { RateLimitCounters1764700000000 } from './1764700000000-rate-limit-counters';
import { DataGeneration1764800000000 } from './1764800000000-data-generation';
import { Roundtables1764900000000 } from './1764900000000-roundtables';
import { EmbedOrigins1765000000000 } from './1765000000000-embed-origins';

/** Migrations in the order they run. */
export const MIGRATIONS = [
  InitialSchema1763800000000,
  AppendOnlyKeys1764000000000,
  OrganisationVersion1764100000000,
  PlanDrafts1764200000000,
  FindingVersions1764300000000,
  MilestoneReferences1764400000000,
  OrganisationLicence1764500000000,
  PostgresDoubleValues1764600000000,
  RateLimitCounters1764700000000,
  DataGeneration1764800000000,
  Roundtables1764900000000,
  EmbedOrigins1765000000000,
];
