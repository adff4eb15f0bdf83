import { ASSESSED_STATUSES, CommitmentStatus, DeadlineStatus, MilestoneStatus } from './enums';
import { disagrees } from './lenses';

/** What the roll-up needs to know about one commitment, its lenses already worked out. */
export interface RollupCommitment {
  id: string;
  theme: string | null;
  owner: string | null;
  assessment: CommitmentStatus;
  partyReported: CommitmentStatus;
  deadline: DeadlineStatus;
  verifiable: boolean;
  milestones: readonly { status: MilestoneStatus }[];
}

export interface StatusCount {
  status: CommitmentStatus;
  count: number;
  /** count / assessed total, 0..1 unrounded; null when nothing is assessed. */
  share: number | null;
}

export interface Breakdown {
  /** The theme or owner grouped on; null for the whole plan or for commitments without one. */
  key: string | null;
  commitmentsTotal: number;
  assessedTotal: number;
  unassessedCount: number;
  byAssessment: StatusCount[];
  milestonesTotal: number;
  milestonesComplete: number;
  /** milestonesComplete / milestonesTotal; null when there are no milestones. */
  milestoneCompletionShare: number | null;
}

export interface PlanRollup extends Breakdown {
  byPartyReported: StatusCount[];
  partyReportedUnassessedCount: number;
  overdueCount: number;
  dueSoonCount: number;
  unverifiableCount: number;
  disagreementCount: number;
}

export interface Distribution {
  byStatus: StatusCount[];
  assessedTotal: number;
  unassessedCount: number;
}

/**
 * The distribution of commitments over the assessed statuses (the segments of the stacked
 * bar). NOT_YET_ASSESSED is left out of the shares and counted beside them, so an unassessed
 * commitment never reads as "not started". Every assessed status is listed, in the scale's
 * order, zero counts included.
 */
export function distribution(statuses: readonly CommitmentStatus[]): Distribution {
  const counts = new Map<CommitmentStatus, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return distributionFromCounts(counts);
}

/** As `distribution`, from a tally of commitments per status (missing statuses count zero). */
export function distributionFromCounts(counts: ReadonlyMap<CommitmentStatus, number>): Distribution {
  const assessedTotal = ASSESSED_STATUSES.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0);
  return {
    byStatus: ASSESSED_STATUSES.map((status) => {
      const count = counts.get(status) ?? 0;
      return { status, count, share: assessedTotal === 0 ? null : count / assessedTotal };
    }),
    assessedTotal,
    unassessedCount: counts.get(CommitmentStatus.NOT_YET_ASSESSED) ?? 0,
  };
}

/**
 * The plan roll-up: the assessment distribution and milestone completion share side by side
 * (never blended into one number), plus the party's own distribution and the counts the
 * dashboard shows beside them.
 */
export function planRollup(commitments: readonly RollupCommitment[]): PlanRollup {
  const partyReported = distribution(commitments.map((c) => c.partyReported));
  const count = (test: (c: RollupCommitment) => boolean): number => commitments.filter(test).length;
  return {
    ...breakdown(null, commitments),
    byPartyReported: partyReported.byStatus,
    partyReportedUnassessedCount: partyReported.unassessedCount,
    overdueCount: count((c) => c.deadline === DeadlineStatus.OVERDUE),
    dueSoonCount: count((c) => c.deadline === DeadlineStatus.DUE_SOON),
    unverifiableCount: count((c) => !c.verifiable),
    disagreementCount: count((c) => disagrees(c.assessment, c.partyReported)),
  };
}

/**
 * The same breakdown per theme or per owner: one per distinct value (trimmed), sorted by
 * key, with commitments that have no value (null or blank) grouped under key null, last.
 */
export function breakdownBy(commitments: readonly RollupCommitment[], dimension: 'theme' | 'owner'): Breakdown[] {
  const groups = new Map<string | null, RollupCommitment[]>();
  for (const c of commitments) {
    const key = c[dimension]?.trim() || null;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.entries()].sort(([a], [b]) => compareKeys(a, b)).map(([key, group]) => breakdown(key, group));
}

function breakdown(key: string | null, commitments: readonly RollupCommitment[]): Breakdown {
  const assessment = distribution(commitments.map((c) => c.assessment));
  const milestones = commitments.flatMap((c) => c.milestones);
  const milestonesComplete = milestones.filter((m) => m.status === MilestoneStatus.COMPLETE).length;
  return {
    key,
    commitmentsTotal: commitments.length,
    assessedTotal: assessment.assessedTotal,
    unassessedCount: assessment.unassessedCount,
    byAssessment: assessment.byStatus,
    milestonesTotal: milestones.length,
    milestonesComplete,
    milestoneCompletionShare: milestones.length === 0 ? null : milestonesComplete / milestones.length,
  };
}

function compareKeys(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a.localeCompare(b, 'en-GB');
}
