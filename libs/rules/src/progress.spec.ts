import { CommitmentStatus, Lens, MilestoneStatus, SubjectType } from './enums';
import { londonDate } from './calendar';
import { commitmentLenses, LedgerFact, milestoneState } from './lenses';
import { MAX_PROGRESS_POINTS, progressDates, progressOverTime, ProgressPoint } from './progress';

let nextSequence = 0;
const entry = (
  subjectType: SubjectType,
  subjectId: string,
  status: string,
  createdAt: string,
  overrides: Partial<LedgerFact> = {},
): LedgerFact => ({
  subjectType,
  subjectId,
  lens: Lens.ASSESSMENT,
  status,
  sequence: ++nextSequence,
  createdAt,
  ...overrides,
});
const onCommitment = (id: string, status: CommitmentStatus, at: string, o?: Partial<LedgerFact>) =>
  entry(SubjectType.COMMITMENT, id, status, at, o);
const onMilestone = (id: string, status: MilestoneStatus, at: string, o?: Partial<LedgerFact>) =>
  entry(SubjectType.MILESTONE, id, status, at, o);

/** A point's assessment counts as a plain record, for compact expectations. */
const counts = (point: ProgressPoint): Record<string, number> =>
  Object.fromEntries(point.byAssessment.map((s) => [s.status, s.count]));
const count = (point: ProgressPoint, status: CommitmentStatus): number =>
  point.byAssessment.find((s) => s.status === status)?.count ?? 0;

describe('progressOverTime', () => {
  const commitmentIds = ['c1', 'c2', 'c3'];
  const milestoneIds = ['m1', 'm2'];

  it('shows every commitment unassessed before any entry', () => {
    const [point] = progressOverTime({
      commitmentIds,
      milestoneIds,
      entries: [onCommitment('c1', CommitmentStatus.LIMITED, '2024-03-01T10:00:00Z')],
      dates: ['2024-02-29'],
    });
    expect(point).toMatchObject({
      date: '2024-02-29',
      assessedTotal: 0,
      unassessedCount: 3,
      milestonesTotal: 2,
      milestonesComplete: 0,
    });
    expect(point.byAssessment).toHaveLength(5);
    expect(point.byAssessment.every((s) => s.count === 0 && s.share === null)).toBe(true);
  });

  it('rebuilds each date from the entries dated on or before it', () => {
    const points = progressOverTime({
      commitmentIds,
      milestoneIds,
      entries: [
        onCommitment('c1', CommitmentStatus.NOT_STARTED, '2024-01-10T10:00:00Z'),
        onCommitment('c2', CommitmentStatus.LIMITED, '2024-01-20T10:00:00Z'),
        onMilestone('m1', MilestoneStatus.COMPLETE, '2024-02-05T10:00:00Z'),
        onCommitment('c1', CommitmentStatus.SUBSTANTIAL, '2024-02-10T10:00:00Z'),
        onMilestone('m2', MilestoneStatus.COMPLETE, '2024-02-12T10:00:00Z'),
        onMilestone('m2', MilestoneStatus.AT_RISK, '2024-03-01T10:00:00Z'),
        onCommitment('c1', CommitmentStatus.COMPLETE, '2024-03-15T10:00:00Z'),
      ],
      dates: ['2024-01-31', '2024-02-29', '2024-03-20'],
    });

    expect(points.map((p) => p.date)).toEqual(['2024-01-31', '2024-02-29', '2024-03-20']);
    expect(counts(points[0])).toEqual({
      NOT_STARTED: 1,
      LIMITED: 1,
      SUBSTANTIAL: 0,
      COMPLETE: 0,
      ABANDONED: 0,
    });
    expect(points[0]).toMatchObject({
      assessedTotal: 2,
      unassessedCount: 1,
      milestonesComplete: 0,
    });
    expect(points[0].byAssessment[0].share).toBe(0.5);

    expect(counts(points[1])).toMatchObject({ NOT_STARTED: 0, LIMITED: 1, SUBSTANTIAL: 1 });
    expect(points[1].milestonesComplete).toBe(2);

    expect(counts(points[2])).toMatchObject({ LIMITED: 1, SUBSTANTIAL: 0, COMPLETE: 1 });
    expect(points[2]).toMatchObject({
      assessedTotal: 2,
      unassessedCount: 1,
      milestonesComplete: 1,
    });
  });

  it('counts an entry on its London day', () => {
    const entries = [
      onCommitment('c1', CommitmentStatus.LIMITED, '2024-06-30T23:30:00Z'),
      onCommitment('c2', CommitmentStatus.LIMITED, '2024-01-31T23:30:00Z'),
    ];
    const summer = progressOverTime({
      commitmentIds: ['c1'],
      milestoneIds: [],
      entries,
      dates: ['2024-06-30', '2024-07-01'],
    });
    expect(summer.map((p) => p.assessedTotal)).toEqual([0, 1]);

    const winter = progressOverTime({
      commitmentIds: ['c2'],
      milestoneIds: [],
      entries,
      dates: ['2024-01-30', '2024-01-31'],
    });
    expect(winter.map((p) => p.assessedTotal)).toEqual([0, 1]);

    const milestones = progressOverTime({
      commitmentIds: [],
      milestoneIds: ['m1', 'm2'],
      entries: [
        onMilestone('m1', MilestoneStatus.COMPLETE, '2024-06-30T23:30:00Z'),
        onMilestone('m2', MilestoneStatus.COMPLETE, '2024-01-31T23:30:00Z'),
      ],
      dates: ['2024-01-30', '2024-01-31', '2024-06-30', '2024-07-01'],
    });
    expect(milestones.map((p) => p.milestonesComplete)).toEqual([0, 1, 1, 2]);
  });

  it('lets a correction win even with the same createdAt', () => {
    const at = '2024-03-01T12:00:00Z';
    const [point] = progressOverTime({
      commitmentIds: ['c1'],
      milestoneIds: ['m1'],
      entries: [
        onMilestone('m1', MilestoneStatus.IN_PROGRESS, at, { sequence: 21 }),
        onCommitment('c1', CommitmentStatus.LIMITED, at, { sequence: 11 }),
        onCommitment('c1', CommitmentStatus.COMPLETE, at, { sequence: 10 }),
        onMilestone('m1', MilestoneStatus.COMPLETE, at, { sequence: 20 }),
      ],
      dates: ['2024-03-01'],
    });
    expect(count(point, CommitmentStatus.LIMITED)).toBe(1);
    expect(count(point, CommitmentStatus.COMPLETE)).toBe(0);
    expect(point.milestonesComplete).toBe(0);
  });

  it('keeps the higher sequence when a lower one carries a later date', () => {
    const points = progressOverTime({
      commitmentIds: ['c1'],
      milestoneIds: [],
      entries: [
        onCommitment('c1', CommitmentStatus.COMPLETE, '2024-03-01T12:00:00Z', { sequence: 2 }),
        onCommitment('c1', CommitmentStatus.LIMITED, '2024-03-05T12:00:00Z', { sequence: 1 }),
      ],
      dates: ['2024-03-02', '2024-03-06'],
    });
    expect(points.map((p) => count(p, CommitmentStatus.COMPLETE))).toEqual([1, 1]);
    expect(points.map((p) => count(p, CommitmentStatus.LIMITED))).toEqual([0, 0]);
  });

  it('ignores entries of unknown subjects and of the party-reported lens', () => {
    const [point] = progressOverTime({
      commitmentIds: ['c1'],
      milestoneIds: ['m1'],
      entries: [
        onCommitment('elsewhere', CommitmentStatus.COMPLETE, '2024-03-01T12:00:00Z'),
        onMilestone('elsewhere', MilestoneStatus.COMPLETE, '2024-03-01T12:00:00Z'),
        // A milestone id used as a commitment and vice versa is not the same subject.
        onCommitment('m1', CommitmentStatus.COMPLETE, '2024-03-01T12:00:00Z'),
        onMilestone('c1', MilestoneStatus.COMPLETE, '2024-03-01T12:00:00Z'),
        onCommitment('c1', CommitmentStatus.COMPLETE, '2024-03-01T12:00:00Z', {
          lens: Lens.PARTY_REPORTED,
        }),
        onMilestone('m1', MilestoneStatus.COMPLETE, '2024-03-01T12:00:00Z', {
          lens: Lens.PARTY_REPORTED,
        }),
      ],
      dates: ['2024-03-31'],
    });
    expect(point).toMatchObject({
      assessedTotal: 0,
      unassessedCount: 1,
      milestonesTotal: 1,
      milestonesComplete: 0,
    });
  });

  it('gives one point per distinct date, ascending', () => {
    const points = progressOverTime({
      commitmentIds: ['c1'],
      milestoneIds: [],
      entries: [onCommitment('c1', CommitmentStatus.LIMITED, '2024-02-01T12:00:00Z')],
      dates: ['2024-03-31', '2024-01-31', '2024-03-31', '2024-02-29'],
    });
    expect(points.map((p) => [p.date, p.assessedTotal])).toEqual([
      ['2024-01-31', 0],
      ['2024-02-29', 1],
      ['2024-03-31', 1],
    ]);
  });

  it('counts each listed subject once', () => {
    const [point] = progressOverTime({
      commitmentIds: ['c1', 'c1'],
      milestoneIds: ['m1', 'm1'],
      entries: [],
      dates: ['2024-01-01'],
    });
    expect(point.unassessedCount).toBe(1);
    expect(point.milestonesTotal).toBe(1);
  });

  it('rejects a date that is not a calendar date', () => {
    const input = { commitmentIds: [], milestoneIds: [], entries: [] };
    expect(() => progressOverTime({ ...input, dates: ['2024-02-30'] })).toThrow(RangeError);
  });

  it('agrees with the current-status rules at every date on a long ledger', () => {
    // A deterministic pseudo-random ledger: 200 commitments, 400 milestones, 12,000 entries.
    let seed = 42;
    const random = (n: number): number => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * n);
    };
    const cIds = Array.from({ length: 200 }, (_, i) => `c${i}`);
    const mIds = Array.from({ length: 400 }, (_, i) => `m${i}`);
    const cStatuses = Object.values(CommitmentStatus).filter((s) => s !== CommitmentStatus.NOT_YET_ASSESSED);
    const mStatuses = Object.values(MilestoneStatus);
    const start = Date.parse('2019-01-01T00:00:00Z');
    const entries: LedgerFact[] = Array.from({ length: 12_000 }, (_, i) => {
      const milestone = random(2) === 0;
      return {
        subjectType: milestone ? SubjectType.MILESTONE : SubjectType.COMMITMENT,
        subjectId: milestone ? mIds[random(mIds.length)] : cIds[random(cIds.length)],
        lens: random(4) === 0 ? Lens.PARTY_REPORTED : Lens.ASSESSMENT,
        status: milestone ? mStatuses[random(mStatuses.length)] : cStatuses[random(cStatuses.length)],
        sequence: i + 1,
        // Mostly in order, with some corrections carrying an earlier timestamp.
        createdAt: new Date(start + i * 13_000_000 - random(10) * 40_000_000).toISOString(),
      };
    });
    const dates = progressDates('2019-01-15', '2024-09-20');
    expect(dates).toHaveLength(69);

    const points = progressOverTime({ commitmentIds: cIds, milestoneIds: mIds, entries, dates });

    // The oracle re-scans the ledger per date with the current-status rules.
    const bySubject = new Map<string, LedgerFact[]>();
    for (const e of entries) {
      const key = `${e.subjectType}:${e.subjectId}`;
      bySubject.set(key, [...(bySubject.get(key) ?? []), e]);
    }
    const asOf = (key: string, date: string): LedgerFact[] =>
      (bySubject.get(key) ?? []).filter((e) => londonDate(e.createdAt) <= date);
    for (const [i, date] of [0, 10, 35, 60, 68].map((i) => [i, dates[i]] as const)) {
      const expected = new Map<string, number>();
      for (const id of cIds) {
        const status = commitmentLenses(asOf(`COMMITMENT:${id}`, date)).assessment;
        expected.set(status, (expected.get(status) ?? 0) + 1);
      }
      const complete = mIds.filter(
        (id) => milestoneState(asOf(`MILESTONE:${id}`, date)).status === MilestoneStatus.COMPLETE,
      ).length;
      expect(points[i].date).toBe(date);
      expect(points[i].unassessedCount).toBe(expected.get(CommitmentStatus.NOT_YET_ASSESSED) ?? 0);
      for (const s of points[i].byAssessment) expect(s.count).toBe(expected.get(s.status) ?? 0);
      expect(points[i].milestonesComplete).toBe(complete);
    }
  });
});

describe('progressDates', () => {
  it('gives month ends from the start month, then today', () => {
    expect(progressDates('2023-11-05', '2024-02-10')).toEqual(['2023-11-30', '2023-12-31', '2024-01-31', '2024-02-10']);
  });

  it('includes the start month even when starting on its last day', () => {
    expect(progressDates('2024-01-31', '2024-03-01')).toEqual(['2024-01-31', '2024-02-29', '2024-03-01']);
  });

  it('gives just today when the start is in this month', () => {
    expect(progressDates('2024-06-01', '2024-06-15')).toEqual(['2024-06-15']);
    expect(progressDates('2024-06-15', '2024-06-15')).toEqual(['2024-06-15']);
  });

  it('gives just today when the start is after today', () => {
    expect(progressDates('2024-09-01', '2024-06-15')).toEqual(['2024-06-15']);
  });

  it('keeps the most recent points when capped', () => {
    const dates = progressDates('2000-01-01', '2024-06-15');
    expect(MAX_PROGRESS_POINTS).toBe(120);
    expect(dates).toHaveLength(120);
    expect(dates[0]).toBe('2014-07-31');
    expect(dates.at(-2)).toBe('2024-05-31');
    expect(dates.at(-1)).toBe('2024-06-15');
  });

  it('is not capped at exactly 120 points', () => {
    const dates = progressDates('2014-07-01', '2024-06-15');
    expect(dates).toHaveLength(120);
    expect(dates[0]).toBe('2014-07-31');
    expect(progressDates('2014-06-01', '2024-06-15')[0]).toBe('2014-07-31');
  });

  it('rejects an invalid date', () => {
    expect(() => progressDates('2024-02-30', '2024-06-15')).toThrow(RangeError);
  });
});
