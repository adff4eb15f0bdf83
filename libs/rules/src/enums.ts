/**
 * The vocabularies of the ledger: lenses, statuses and reason codes (docs/domain.md). Each is
 * an object of its values and a type of the same name, the union of those values: the same
 * string-literal unions GraphQL Code Generator writes for the schema's enums. The api
 * registers the objects as GraphQL enums; the order of the keys is the order of the scale.
 */

export const SubjectType = {
  COMMITMENT: 'COMMITMENT',
  MILESTONE: 'MILESTONE',
} as const;
export type SubjectType = (typeof SubjectType)[keyof typeof SubjectType];

export const Lens = {
  ASSESSMENT: 'ASSESSMENT',
  PARTY_REPORTED: 'PARTY_REPORTED',
} as const;
export type Lens = (typeof Lens)[keyof typeof Lens];

/** OGP's completion scale plus abandoned; the vocabulary of both commitment lenses. */
export const CommitmentStatus = {
  NOT_YET_ASSESSED: 'NOT_YET_ASSESSED',
  NOT_STARTED: 'NOT_STARTED',
  LIMITED: 'LIMITED',
  SUBSTANTIAL: 'SUBSTANTIAL',
  COMPLETE: 'COMPLETE',
  ABANDONED: 'ABANDONED',
} as const;
export type CommitmentStatus = (typeof CommitmentStatus)[keyof typeof CommitmentStatus];

/** A commitment status someone has given: every one but NOT_YET_ASSESSED. */
export type AssessedStatus = Exclude<CommitmentStatus, typeof CommitmentStatus.NOT_YET_ASSESSED>;

/** Every assessed status, in the scale's order. */
export const ASSESSED_STATUSES: readonly AssessedStatus[] = Object.values(CommitmentStatus).filter(
  (status): status is AssessedStatus => status !== CommitmentStatus.NOT_YET_ASSESSED,
);

export const MilestoneStatus = {
  NOT_STARTED: 'NOT_STARTED',
  IN_PROGRESS: 'IN_PROGRESS',
  AT_RISK: 'AT_RISK',
  COMPLETE: 'COMPLETE',
  MISSED: 'MISSED',
} as const;
export type MilestoneStatus = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

/** Computed from due date, completion date and today; never entered. */
export const DeadlineStatus = {
  NO_DEADLINE: 'NO_DEADLINE',
  ON_TRACK: 'ON_TRACK',
  DUE_SOON: 'DUE_SOON',
  OVERDUE: 'OVERDUE',
  MET: 'MET',
  MET_LATE: 'MET_LATE',
} as const;
export type DeadlineStatus = (typeof DeadlineStatus)[keyof typeof DeadlineStatus];

export const ReasonCode = {
  NO_PRIORITY: 'NO_PRIORITY',
  RESOURCES: 'RESOURCES',
  DISAGREEMENT: 'DISAGREEMENT',
  EXTERNAL: 'EXTERNAL',
  REPLACED: 'REPLACED',
  OTHER: 'OTHER',
} as const;
export type ReasonCode = (typeof ReasonCode)[keyof typeof ReasonCode];

export const EvidenceKind = {
  OFFICIAL_DOCUMENT: 'OFFICIAL_DOCUMENT',
  PUBLIC_STATEMENT: 'PUBLIC_STATEMENT',
  MEDIA: 'MEDIA',
  MEMBER_REPORT: 'MEMBER_REPORT',
} as const;
export type EvidenceKind = (typeof EvidenceKind)[keyof typeof EvidenceKind];

/** Any status a ledger entry can carry: the commitment vocabulary (bar NOT_YET_ASSESSED) and the milestone one. */
export const EntryStatus = {
  NOT_STARTED: 'NOT_STARTED',
  LIMITED: 'LIMITED',
  SUBSTANTIAL: 'SUBSTANTIAL',
  COMPLETE: 'COMPLETE',
  ABANDONED: 'ABANDONED',
  IN_PROGRESS: 'IN_PROGRESS',
  AT_RISK: 'AT_RISK',
  MISSED: 'MISSED',
} as const;
export type EntryStatus = (typeof EntryStatus)[keyof typeof EntryStatus];

const COMMITMENT_STATUSES: ReadonlySet<string> = new Set(Object.values(CommitmentStatus));
const MILESTONE_STATUSES: ReadonlySet<string> = new Set(Object.values(MilestoneStatus));
const ENTRY_STATUSES: ReadonlySet<string> = new Set(Object.values(EntryStatus));

/** True when a ledger status belongs to the commitment vocabulary (both commitment lenses). */
export function isCommitmentStatus(status: string): status is CommitmentStatus {
  return COMMITMENT_STATUSES.has(status);
}

/** True when a ledger status belongs to the milestone vocabulary. */
export function isMilestoneStatus(status: string): status is MilestoneStatus {
  return MILESTONE_STATUSES.has(status);
}

/** True when a status is one a ledger entry can carry. */
export function isEntryStatus(status: string): status is EntryStatus {
  return ENTRY_STATUSES.has(status);
}
