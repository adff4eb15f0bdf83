import {
  assessmentLabel,
  audienceLabel,
  CommitmentStatus,
  deadlineLabel,
  isCommitmentStatus,
  MilestoneStatus,
  milestoneStatusLabel,
  reasonLabel,
} from '@tracker/rules';

export { audienceLabel, deadlineLabel, reasonLabel };

/** A commitment's lens or a milestone's status in the words the dashboard uses. */
export function statusLabel(status: CommitmentStatus | MilestoneStatus): string {
  return isCommitmentStatus(status) ? assessmentLabel(status) : milestoneStatusLabel(status);
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "17 April 2021" for a calendar date (YYYY-MM-DD). */
export function formatDay(date: string): string {
  return DATE.format(new Date(`${date}T00:00:00Z`));
}
