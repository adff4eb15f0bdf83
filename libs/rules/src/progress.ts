import { assertCalendarDate, endOfMonth, londonDate } from './calendar';
import { CommitmentStatus, isCommitmentStatus, isMilestoneStatus, Lens, MilestoneStatus, SubjectType } from './enums';
import { LedgerFact } from './lenses';
import { distributionFromCounts, StatusCount } from './rollup';

/** The plan as it stood at the end of one day. */
export interface ProgressPoint {
  date: string;
  byAssessment: StatusCount[];
  assessedTotal: number;
  unassessedCount: number;
  milestonesTotal: number;
  milestonesComplete: number;
}

/** The most points a progress chart shows. */
export const MAX_PROGRESS_POINTS = 120;

/**
 * Progress over time, rebuilt from the ledger: for each date (one point per distinct date,
 * ascending), every commitment's assessment as of the end of that London day (its
 * highest-sequence ASSESSMENT entry dated on or before it; none → NOT_YET_ASSESSED), and how
 * many milestones were COMPLETE. Only ASSESSMENT entries of the listed subjects count.
 *
 * Entries are sorted once and swept forward with the dates, keeping running tallies, so the
 * cost is O((entries + dates) log) however long the ledger.
 */
export function progressOverTime(input: {
  commitmentIds: readonly string[];
  milestoneIds: readonly string[];
  entries: readonly LedgerFact[];
  dates: readonly string[];
}): ProgressPoint[] {
  const commitmentIds = new Set(input.commitmentIds);
  const milestoneIds = new Set(input.milestoneIds);
  const dates = [...new Set(input.dates)].sort();
  dates.forEach(assertCalendarDate);
  const changes = statusChanges(input.entries, commitmentIds, milestoneIds);

  // Running state: each subject's highest-sequence change so far, and the tallies derived
  // from it. A change with a lower sequence than the one held (a correction dated earlier,
  // or an entry it corrects) never replaces it.
  const commitments = new Map<string, CommitmentChange>();
  const milestones = new Map<string, MilestoneChange>();
  const counts = new Map<CommitmentStatus, number>([[CommitmentStatus.NOT_YET_ASSESSED, commitmentIds.size]]);
  let milestonesComplete = 0;

  const apply = (change: Change): void => {
    if (change.kind === SubjectType.COMMITMENT) {
      const previous = commitments.get(change.subjectId);
      if (previous && previous.sequence > change.sequence) return;
      const before = previous?.status ?? CommitmentStatus.NOT_YET_ASSESSED;
      counts.set(before, (counts.get(before) ?? 0) - 1);
      counts.set(change.status, (counts.get(change.status) ?? 0) + 1);
      commitments.set(change.subjectId, change);
    } else {
      const previous = milestones.get(change.subjectId);
      if (previous && previous.sequence > change.sequence) return;
      milestonesComplete += Number(change.complete) - Number(previous?.complete ?? false);
      milestones.set(change.subjectId, change);
    }
  };

  const points: ProgressPoint[] = [];
  let next = 0;
  for (const date of dates) {
    for (; next < changes.length && changes[next].day <= date; next++) apply(changes[next]);
    const { byStatus, assessedTotal, unassessedCount } = distributionFromCounts(counts);
    points.push({
      date,
      byAssessment: byStatus,
      assessedTotal,
      unassessedCount,
      milestonesTotal: milestoneIds.size,
      milestonesComplete,
    });
  }
  return points;
}

/**
 * The dates a progress chart samples: the end of every month from the start's month up to
 * (not including) today's month, then today itself. A start after today gives just today.
 * At most MAX_PROGRESS_POINTS, keeping the most recent.
 */
export function progressDates(start: string, today: string): string[] {
  assertCalendarDate(start);
  assertCalendarDate(today);
  if (start > today) return [today];
  const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const last = monthIndex(today);
  const first = Math.max(monthIndex(start), last - (MAX_PROGRESS_POINTS - 1));
  const dates: string[] = [];
  for (let m = first; m < last; m++) {
    const year = String(Math.floor(m / 12)).padStart(4, '0');
    const month = String((m % 12) + 1).padStart(2, '0');
    dates.push(endOfMonth(`${year}-${month}-01`));
  }
  dates.push(today);
  return dates;
}

interface CommitmentChange {
  kind: typeof SubjectType.COMMITMENT;
  subjectId: string;
  sequence: number;
  day: string;
  status: CommitmentStatus;
}

interface MilestoneChange {
  kind: typeof SubjectType.MILESTONE;
  subjectId: string;
  sequence: number;
  day: string;
  complete: boolean;
}

type Change = CommitmentChange | MilestoneChange;

/**
 * The ASSESSMENT entries of the listed subjects as status changes on London days, in day
 * order (within a day the sweep lets the higher sequence win). Entries with a status outside
 * their subject's vocabulary are ignored, as they are for the current status.
 */
function statusChanges(
  entries: readonly LedgerFact[],
  commitmentIds: ReadonlySet<string>,
  milestoneIds: ReadonlySet<string>,
): Change[] {
  const changes = entries.flatMap((e): Change[] => {
    if (e.lens !== Lens.ASSESSMENT) return [];
    const { subjectId, sequence, status } = e;
    if (e.subjectType === SubjectType.COMMITMENT && commitmentIds.has(subjectId) && isCommitmentStatus(status)) {
      const day = londonDate(e.createdAt);
      return [{ kind: SubjectType.COMMITMENT, subjectId, sequence, day, status }];
    }
    if (e.subjectType === SubjectType.MILESTONE && milestoneIds.has(subjectId) && isMilestoneStatus(status)) {
      const day = londonDate(e.createdAt);
      const complete = status === MilestoneStatus.COMPLETE;
      return [{ kind: SubjectType.MILESTONE, subjectId, sequence, day, complete }];
    }
    return [];
  });
  return changes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
