import { ASSESSED_STATUSES, CommitmentStatus, DeadlineStatus, MilestoneStatus } from './enums';
import { breakdownBy, distribution, planRollup, RollupCommitment, StatusCount } from './rollup';

const { NOT_YET_ASSESSED, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE, ABANDONED } = CommitmentStatus;

let nextId = 0;
const commitment = (overrides: Partial<RollupCommitment> = {}): RollupCommitment => ({
  id: `c${++nextId}`,
  theme: null,
  owner: null,
  assessment: NOT_YET_ASSESSED,
  partyReported: NOT_YET_ASSESSED,
  deadline: DeadlineStatus.NO_DEADLINE,
  verifiable: true,
  milestones: [],
  ...overrides,
});

const milestones = (...statuses: MilestoneStatus[]): { status: MilestoneStatus }[] =>
  statuses.map((status) => ({ status }));

/** The counts of a status list as a plain record, for compact expectations. */
const counts = (byStatus: StatusCount[]): Record<string, number> =>
  Object.fromEntries(byStatus.map((s) => [s.status, s.count]));

describe('distribution', () => {
  it('lists all five assessed statuses in enum order, zero counts included', () => {
    const { byStatus } = distribution([LIMITED]);
    expect(byStatus.map((s) => s.status)).toEqual([NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE, ABANDONED]);
    expect(ASSESSED_STATUSES).toEqual(byStatus.map((s) => s.status));
  });

  it('shares assessed commitments only, counting the unassessed beside them', () => {
    const result = distribution([COMPLETE, COMPLETE, LIMITED, NOT_YET_ASSESSED, NOT_YET_ASSESSED, ABANDONED]);
    expect(result.assessedTotal).toBe(4);
    expect(result.unassessedCount).toBe(2);
    expect(result.byStatus).toEqual([
      { status: NOT_STARTED, count: 0, share: 0 },
      { status: LIMITED, count: 1, share: 0.25 },
      { status: SUBSTANTIAL, count: 0, share: 0 },
      { status: COMPLETE, count: 2, share: 0.5 },
      { status: ABANDONED, count: 1, share: 0.25 },
    ]);
  });

  it('leaves shares unrounded', () => {
    const { byStatus } = distribution([LIMITED, COMPLETE, COMPLETE]);
    expect(byStatus.find((s) => s.status === LIMITED)?.share).toBe(1 / 3);
  });

  it('has null shares when everything is unassessed', () => {
    const result = distribution([NOT_YET_ASSESSED, NOT_YET_ASSESSED, NOT_YET_ASSESSED]);
    expect(result.assessedTotal).toBe(0);
    expect(result.unassessedCount).toBe(3);
    expect(result.byStatus.every((s) => s.count === 0 && s.share === null)).toBe(true);
  });

  it('has null shares for nothing at all', () => {
    const result = distribution([]);
    expect(result).toMatchObject({ assessedTotal: 0, unassessedCount: 0 });
    expect(result.byStatus).toHaveLength(5);
    expect(result.byStatus.every((s) => s.share === null)).toBe(true);
  });
});

describe('planRollup', () => {
  it('rolls up assessment, milestones and the dashboard counts', () => {
    const rollup = planRollup([
      commitment({
        assessment: COMPLETE,
        partyReported: COMPLETE,
        deadline: DeadlineStatus.MET,
        milestones: milestones(MilestoneStatus.COMPLETE, MilestoneStatus.COMPLETE),
      }),
      commitment({
        assessment: LIMITED,
        partyReported: SUBSTANTIAL,
        deadline: DeadlineStatus.OVERDUE,
        milestones: milestones(MilestoneStatus.IN_PROGRESS, MilestoneStatus.COMPLETE),
      }),
      commitment({
        assessment: NOT_STARTED,
        partyReported: NOT_YET_ASSESSED,
        deadline: DeadlineStatus.DUE_SOON,
        verifiable: false,
      }),
      commitment({
        assessment: NOT_YET_ASSESSED,
        partyReported: LIMITED,
        deadline: DeadlineStatus.OVERDUE,
        verifiable: false,
        milestones: milestones(MilestoneStatus.MISSED),
      }),
    ]);

    expect(rollup.key).toBeNull();
    expect(rollup.commitmentsTotal).toBe(4);
    expect(rollup.assessedTotal).toBe(3);
    expect(rollup.unassessedCount).toBe(1);
    expect(counts(rollup.byAssessment)).toEqual({
      NOT_STARTED: 1,
      LIMITED: 1,
      SUBSTANTIAL: 0,
      COMPLETE: 1,
      ABANDONED: 0,
    });
    expect(rollup.byAssessment.find((s) => s.status === COMPLETE)?.share).toBe(1 / 3);

    expect(counts(rollup.byPartyReported)).toEqual({
      NOT_STARTED: 0,
      LIMITED: 1,
      SUBSTANTIAL: 1,
      COMPLETE: 1,
      ABANDONED: 0,
    });
    expect(rollup.partyReportedUnassessedCount).toBe(1);

    expect(rollup.milestonesTotal).toBe(5);
    expect(rollup.milestonesComplete).toBe(3);
    expect(rollup.milestoneCompletionShare).toBe(0.6);

    expect(rollup.overdueCount).toBe(2);
    expect(rollup.dueSoonCount).toBe(1);
    expect(rollup.unverifiableCount).toBe(2);
    // Only the second: the third and fourth each have an unassessed lens.
    expect(rollup.disagreementCount).toBe(1);
  });

  it('has a null milestone share when there are no milestones', () => {
    const rollup = planRollup([commitment({ assessment: COMPLETE })]);
    expect(rollup.milestonesTotal).toBe(0);
    expect(rollup.milestonesComplete).toBe(0);
    expect(rollup.milestoneCompletionShare).toBeNull();
  });

  it('has a zero (not null) milestone share when none are complete', () => {
    const rollup = planRollup([commitment({ milestones: milestones(MilestoneStatus.AT_RISK) })]);
    expect(rollup.milestoneCompletionShare).toBe(0);
  });

  it('counts but does not share commitments when all are unassessed', () => {
    const rollup = planRollup([commitment(), commitment()]);
    expect(rollup.commitmentsTotal).toBe(2);
    expect(rollup.assessedTotal).toBe(0);
    expect(rollup.unassessedCount).toBe(2);
    expect(rollup.byAssessment.every((s) => s.share === null)).toBe(true);
    expect(rollup.byPartyReported.every((s) => s.share === null)).toBe(true);
    expect(rollup.partyReportedUnassessedCount).toBe(2);
    expect(rollup.disagreementCount).toBe(0);
  });

  it('handles an empty plan', () => {
    const rollup = planRollup([]);
    expect(rollup).toMatchObject({
      key: null,
      commitmentsTotal: 0,
      assessedTotal: 0,
      unassessedCount: 0,
      milestonesTotal: 0,
      milestoneCompletionShare: null,
      overdueCount: 0,
      dueSoonCount: 0,
      unverifiableCount: 0,
      disagreementCount: 0,
    });
    expect(rollup.byAssessment).toHaveLength(5);
  });
});

describe('breakdownBy', () => {
  it('gives one breakdown per theme, sorted, with the themeless last under null', () => {
    const result = breakdownBy(
      [
        commitment({ theme: 'Policing', assessment: COMPLETE }),
        commitment({ theme: null, assessment: LIMITED }),
        commitment({ theme: 'Education', assessment: LIMITED }),
        commitment({ theme: '   ', assessment: NOT_YET_ASSESSED }),
        commitment({
          theme: 'Policing',
          assessment: NOT_YET_ASSESSED,
          milestones: milestones(MilestoneStatus.COMPLETE, MilestoneStatus.NOT_STARTED),
        }),
        commitment({ theme: 'education', assessment: COMPLETE }),
      ],
      'theme',
    );

    expect(result.map((b) => b.key)).toEqual(['education', 'Education', 'Policing', null]);

    const policing = result[2];
    expect(policing.commitmentsTotal).toBe(2);
    expect(policing.assessedTotal).toBe(1);
    expect(policing.unassessedCount).toBe(1);
    expect(policing.byAssessment.find((s) => s.status === COMPLETE)).toEqual({
      status: COMPLETE,
      count: 1,
      share: 1,
    });
    expect(policing.milestoneCompletionShare).toBe(0.5);

    const none = result[3];
    expect(none.commitmentsTotal).toBe(2);
    expect(none.unassessedCount).toBe(1);
    expect(none.milestoneCompletionShare).toBeNull();
  });

  it('groups by owner, trimming surrounding space', () => {
    const result = breakdownBy(
      [
        commitment({ owner: 'Home Office ', assessment: LIMITED }),
        commitment({ owner: 'Cabinet Office', assessment: COMPLETE }),
        commitment({ owner: 'Home Office', assessment: COMPLETE }),
        commitment({ owner: '', assessment: COMPLETE }),
      ],
      'owner',
    );
    expect(result.map((b) => [b.key, b.commitmentsTotal])).toEqual([
      ['Cabinet Office', 1],
      ['Home Office', 2],
      [null, 1],
    ]);
    expect(counts(result[1].byAssessment)).toMatchObject({ LIMITED: 1, COMPLETE: 1 });
  });

  it('omits the null group when every commitment has a value', () => {
    const result = breakdownBy([commitment({ owner: 'Treasury' })], 'owner');
    expect(result.map((b) => b.key)).toEqual(['Treasury']);
  });

  it('is empty for no commitments', () => {
    expect(breakdownBy([], 'theme')).toEqual([]);
  });
});
