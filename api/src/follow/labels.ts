import { CommitmentStatus, DeadlineStatus, MilestoneStatus, ReasonCode } from '@tracker/rules';
import { RoundtableAudience } from '../roundtables/roundtable.entity';

/** The words the dashboard uses (web/src/lib/labels.ts), for what the feeds, calendar and badges say. */
const STATUS_LABELS: Record<CommitmentStatus | MilestoneStatus, string> = {
  NOT_YET_ASSESSED: 'Not yet assessed',
  NOT_STARTED: 'Not started',
  LIMITED: 'Limited',
  SUBSTANTIAL: 'Substantial',
  COMPLETE: 'Complete',
  ABANDONED: 'Abandoned',
  IN_PROGRESS: 'In progress',
  AT_RISK: 'At risk',
  MISSED: 'Missed',
};

const DEADLINE_LABELS: Record<DeadlineStatus, string> = {
  NO_DEADLINE: 'No due date',
  ON_TRACK: 'Not yet due',
  DUE_SOON: 'Due soon',
  OVERDUE: 'Overdue',
  MET: 'Met on time',
  MET_LATE: 'Met late',
};

const REASON_LABELS: Record<ReasonCode, string> = {
  NO_PRIORITY: 'not given priority',
  RESOURCES: 'lack of resources',
  DISAGREEMENT: 'disagreement about what was committed',
  EXTERNAL: 'circumstances outside the party’s control',
  REPLACED: 'replaced by another commitment',
  OTHER: 'another reason',
};

const AUDIENCE_LABELS: Record<RoundtableAudience, string> = {
  MEMBERS: 'Members',
  ACTIVISTS: 'Activists',
  COUNCILLORS: 'Councillors',
  MPS: 'MPs',
  AFFILIATES: 'Affiliates',
  OPEN: 'Open to all',
};

export const statusLabel = (status: CommitmentStatus | MilestoneStatus): string => STATUS_LABELS[status];
export const deadlineLabel = (status: DeadlineStatus): string => DEADLINE_LABELS[status];
export const reasonLabel = (reason: ReasonCode): string => REASON_LABELS[reason];
export const audienceLabel = (audience: RoundtableAudience): string => AUDIENCE_LABELS[audience];

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "17 April 2021" for a calendar date (YYYY-MM-DD). */
export function formatDay(date: string): string {
  return DATE.format(new Date(`${date}T00:00:00Z`));
}
