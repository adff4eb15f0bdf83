import type { CommitmentStatus, DeadlineStatus, MilestoneStatus, ReasonCode } from './enums';

/**
 * The words for the ledger's vocabularies, one set for every place that writes them: the
 * dashboard's pages, and the feeds, calendar and badges the api serves.
 */

const ASSESSMENT_LABELS: Record<CommitmentStatus, string> = {
  NOT_YET_ASSESSED: 'Not yet assessed',
  NOT_STARTED: 'Not started',
  LIMITED: 'Limited',
  SUBSTANTIAL: 'Substantial',
  COMPLETE: 'Complete',
  ABANDONED: 'Abandoned',
};

/** A commitment's assessment or the party's account: "Substantial". */
export function assessmentLabel(status: CommitmentStatus): string {
  return ASSESSMENT_LABELS[status];
}

const MILESTONE_LABELS: Record<MilestoneStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  AT_RISK: 'At risk',
  COMPLETE: 'Complete',
  MISSED: 'Missed',
};

/** A milestone's status: "At risk". */
export function milestoneStatusLabel(status: MilestoneStatus): string {
  return MILESTONE_LABELS[status];
}

const DEADLINE_LABELS: Record<DeadlineStatus, string> = {
  NO_DEADLINE: 'No due date',
  ON_TRACK: 'Not yet due',
  DUE_SOON: 'Due soon',
  OVERDUE: 'Overdue',
  MET: 'Met on time',
  MET_LATE: 'Met late',
};

/** The deadline lens: "Met late". */
export function deadlineLabel(status: DeadlineStatus): string {
  return DEADLINE_LABELS[status];
}

const REASON_LABELS: Record<ReasonCode, string> = {
  NO_PRIORITY: 'not given priority',
  RESOURCES: 'lack of resources',
  DISAGREEMENT: 'disagreement about what was committed',
  EXTERNAL: 'circumstances outside the party’s control',
  REPLACED: 'replaced by another commitment',
  OTHER: 'another reason',
};

/** "Reason: lack of resources" — the reason code of a setback as words. */
export function reasonLabel(code: ReasonCode): string {
  return REASON_LABELS[code];
}

/** Who a roundtable is for (the API's `RoundtableAudience`). */
export type RoundtableAudience = 'MEMBERS' | 'ACTIVISTS' | 'COUNCILLORS' | 'MPS' | 'AFFILIATES' | 'OPEN';

const AUDIENCE_LABELS: Record<RoundtableAudience, string> = {
  MEMBERS: 'Members',
  ACTIVISTS: 'Activists',
  COUNCILLORS: 'Councillors',
  MPS: 'MPs',
  AFFILIATES: 'Affiliates',
  OPEN: 'Open to all',
};

/** "Open to all". */
export function audienceLabel(audience: RoundtableAudience): string {
  return AUDIENCE_LABELS[audience];
}
