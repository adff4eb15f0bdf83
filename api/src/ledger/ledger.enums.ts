/** The vocabularies of the ledger: lenses, statuses and reason codes (docs/domain.md). */

export enum SubjectType {
  COMMITMENT = 'COMMITMENT',
  MILESTONE = 'MILESTONE',
}

export enum Lens {
  ASSESSMENT = 'ASSESSMENT',
  PARTY_REPORTED = 'PARTY_REPORTED',
}

/** OGP's completion scale plus abandoned; the vocabulary of both commitment lenses. */
export enum CommitmentStatus {
  NOT_YET_ASSESSED = 'NOT_YET_ASSESSED',
  NOT_STARTED = 'NOT_STARTED',
  LIMITED = 'LIMITED',
  SUBSTANTIAL = 'SUBSTANTIAL',
  COMPLETE = 'COMPLETE',
  ABANDONED = 'ABANDONED',
}

export enum MilestoneStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  AT_RISK = 'AT_RISK',
  COMPLETE = 'COMPLETE',
  MISSED = 'MISSED',
}

/** Computed from due date, completion date and today; never entered. */
export enum DeadlineStatus {
  NO_DEADLINE = 'NO_DEADLINE',
  ON_TRACK = 'ON_TRACK',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  MET = 'MET',
  MET_LATE = 'MET_LATE',
}

export enum ReasonCode {
  NO_PRIORITY = 'NO_PRIORITY',
  RESOURCES = 'RESOURCES',
  DISAGREEMENT = 'DISAGREEMENT',
  EXTERNAL = 'EXTERNAL',
  REPLACED = 'REPLACED',
  OTHER = 'OTHER',
}

export enum EvidenceKind {
  OFFICIAL_DOCUMENT = 'OFFICIAL_DOCUMENT',
  PUBLIC_STATEMENT = 'PUBLIC_STATEMENT',
  MEDIA = 'MEDIA',
  MEMBER_REPORT = 'MEMBER_REPORT',
}

/** Any status a ledger entry can carry: the commitment vocabulary (bar NOT_YET_ASSESSED) and the milestone one. */
export enum EntryStatus {
  NOT_STARTED = 'NOT_STARTED',
  LIMITED = 'LIMITED',
  SUBSTANTIAL = 'SUBSTANTIAL',
  COMPLETE = 'COMPLETE',
  ABANDONED = 'ABANDONED',
  IN_PROGRESS = 'IN_PROGRESS',
  AT_RISK = 'AT_RISK',
  MISSED = 'MISSED',
}
