import { CommitmentStatus, Lens, MilestoneStatus, SubjectType } from './enums';
import { commitmentLenses, disagrees, LedgerFact, milestoneState } from './lenses';

const commitmentEntry = (
  sequence: number,
  status: CommitmentStatus,
  createdAt: string,
  lens: Lens = Lens.ASSESSMENT,
): LedgerFact => ({
  subjectType: SubjectType.COMMITMENT,
  subjectId: 'c1',
  lens,
  status,
  sequence,
  createdAt,
});

const milestoneEntry = (
  sequence: number,
  status: MilestoneStatus,
  createdAt: string,
  lens: Lens = Lens.ASSESSMENT,
): LedgerFact => ({
  subjectType: SubjectType.MILESTONE,
  subjectId: 'm1',
  lens,
  status,
  sequence,
  createdAt,
});

describe('commitmentLenses', () => {
  it('is NOT_YET_ASSESSED in both lenses without entries', () => {
    expect(commitmentLenses([])).toEqual({
      assessment: CommitmentStatus.NOT_YET_ASSESSED,
      partyReported: CommitmentStatus.NOT_YET_ASSESSED,
      assessmentEntry: null,
      partyReportedEntry: null,
      completedOn: null,
    });
  });

  it('takes the highest sequence of each lens, whatever the input order', () => {
    const a1 = commitmentEntry(1, CommitmentStatus.NOT_STARTED, '2024-01-10T10:00:00Z');
    const a2 = commitmentEntry(4, CommitmentStatus.LIMITED, '2024-02-10T10:00:00Z');
    const p1 = commitmentEntry(2, CommitmentStatus.SUBSTANTIAL, '2024-01-20T10:00:00Z', Lens.PARTY_REPORTED);
    const p2 = commitmentEntry(3, CommitmentStatus.COMPLETE, '2024-01-25T10:00:00Z', Lens.PARTY_REPORTED);
    const state = commitmentLenses([p2, a2, p1, a1]);
    expect(state.assessment).toBe(CommitmentStatus.LIMITED);
    expect(state.assessmentEntry).toBe(a2);
    expect(state.partyReported).toBe(CommitmentStatus.COMPLETE);
    expect(state.partyReportedEntry).toBe(p2);
  });

  it('lets a correction (higher sequence) win even with the same createdAt', () => {
    const at = '2024-03-01T12:00:00Z';
    const state = commitmentLenses([
      commitmentEntry(8, CommitmentStatus.LIMITED, at),
      commitmentEntry(7, CommitmentStatus.SUBSTANTIAL, at),
    ]);
    expect(state.assessment).toBe(CommitmentStatus.LIMITED);
  });

  it('lets the higher sequence win even when its createdAt is earlier', () => {
    const state = commitmentLenses([
      commitmentEntry(1, CommitmentStatus.SUBSTANTIAL, '2024-03-02T12:00:00Z'),
      commitmentEntry(2, CommitmentStatus.LIMITED, '2024-03-01T12:00:00Z'),
    ]);
    expect(state.assessment).toBe(CommitmentStatus.LIMITED);
  });

  it('dates completion by the first COMPLETE of the final run, ignoring later re-posts', () => {
    const state = commitmentLenses([
      commitmentEntry(1, CommitmentStatus.SUBSTANTIAL, '2024-01-10T10:00:00Z'),
      commitmentEntry(2, CommitmentStatus.COMPLETE, '2024-02-10T10:00:00Z'),
      commitmentEntry(3, CommitmentStatus.COMPLETE, '2024-03-10T10:00:00Z'),
      commitmentEntry(4, CommitmentStatus.COMPLETE, '2024-04-10T10:00:00Z'),
    ]);
    expect(state.assessment).toBe(CommitmentStatus.COMPLETE);
    expect(state.completedOn).toBe('2024-02-10');
  });

  it('restarts the completion date after COMPLETE → LIMITED → COMPLETE', () => {
    const entries = [
      commitmentEntry(1, CommitmentStatus.COMPLETE, '2024-02-10T10:00:00Z'),
      commitmentEntry(2, CommitmentStatus.LIMITED, '2024-03-10T10:00:00Z'),
      commitmentEntry(3, CommitmentStatus.COMPLETE, '2024-04-10T10:00:00Z'),
    ];
    expect(commitmentLenses(entries.slice(0, 2)).completedOn).toBeNull();
    expect(commitmentLenses(entries).completedOn).toBe('2024-04-10');
  });

  it('dates completion in London time', () => {
    const summer = commitmentLenses([commitmentEntry(1, CommitmentStatus.COMPLETE, '2024-06-30T23:30:00Z')]);
    const winter = commitmentLenses([commitmentEntry(1, CommitmentStatus.COMPLETE, '2024-01-31T23:30:00Z')]);
    expect(summer.completedOn).toBe('2024-07-01');
    expect(winter.completedOn).toBe('2024-01-31');
  });

  it('leaves completion to the assessment lens alone', () => {
    const state = commitmentLenses([
      commitmentEntry(1, CommitmentStatus.LIMITED, '2024-01-10T10:00:00Z'),
      commitmentEntry(2, CommitmentStatus.COMPLETE, '2024-02-10T10:00:00Z', Lens.PARTY_REPORTED),
    ]);
    expect(state.partyReported).toBe(CommitmentStatus.COMPLETE);
    expect(state.completedOn).toBeNull();
  });

  it('does not let party-reported entries break the assessment run', () => {
    const state = commitmentLenses([
      commitmentEntry(1, CommitmentStatus.COMPLETE, '2024-02-10T10:00:00Z'),
      commitmentEntry(2, CommitmentStatus.LIMITED, '2024-03-10T10:00:00Z', Lens.PARTY_REPORTED),
      commitmentEntry(3, CommitmentStatus.COMPLETE, '2024-04-10T10:00:00Z'),
    ]);
    expect(state.completedOn).toBe('2024-02-10');
  });

  it('ignores milestone entries and statuses outside the commitment vocabulary', () => {
    const state = commitmentLenses([
      commitmentEntry(1, CommitmentStatus.LIMITED, '2024-01-10T10:00:00Z'),
      { ...milestoneEntry(2, MilestoneStatus.COMPLETE, '2024-02-10T10:00:00Z'), subjectId: 'c1' },
      { ...commitmentEntry(3, CommitmentStatus.LIMITED, '2024-03-10T10:00:00Z'), status: 'MISSED' },
    ]);
    expect(state.assessment).toBe(CommitmentStatus.LIMITED);
    expect(state.assessmentEntry?.sequence).toBe(1);
  });
});

describe('milestoneState', () => {
  it('is NOT_STARTED without entries', () => {
    expect(milestoneState([])).toEqual({
      status: MilestoneStatus.NOT_STARTED,
      entry: null,
      completedOn: null,
    });
  });

  it('takes the highest-sequence assessment entry', () => {
    const latest = milestoneEntry(5, MilestoneStatus.AT_RISK, '2024-02-01T09:00:00Z');
    const state = milestoneState([latest, milestoneEntry(2, MilestoneStatus.IN_PROGRESS, '2024-01-01T09:00:00Z')]);
    expect(state.status).toBe(MilestoneStatus.AT_RISK);
    expect(state.entry).toBe(latest);
    expect(state.completedOn).toBeNull();
  });

  it('ignores entries in the party-reported lens', () => {
    const state = milestoneState([
      milestoneEntry(1, MilestoneStatus.IN_PROGRESS, '2024-01-01T09:00:00Z'),
      milestoneEntry(2, MilestoneStatus.COMPLETE, '2024-02-01T09:00:00Z', Lens.PARTY_REPORTED),
    ]);
    expect(state.status).toBe(MilestoneStatus.IN_PROGRESS);
    expect(state.completedOn).toBeNull();
  });

  it('is NOT_STARTED when its only entries are party-reported', () => {
    const state = milestoneState([
      milestoneEntry(1, MilestoneStatus.COMPLETE, '2024-02-01T09:00:00Z', Lens.PARTY_REPORTED),
    ]);
    expect(state).toEqual({ status: MilestoneStatus.NOT_STARTED, entry: null, completedOn: null });
  });

  it('dates completion by the first COMPLETE of the final run, in London time', () => {
    const state = milestoneState([
      milestoneEntry(1, MilestoneStatus.COMPLETE, '2024-03-01T09:00:00Z'),
      milestoneEntry(2, MilestoneStatus.AT_RISK, '2024-04-01T09:00:00Z'),
      milestoneEntry(3, MilestoneStatus.COMPLETE, '2024-06-30T23:30:00Z'),
      milestoneEntry(4, MilestoneStatus.COMPLETE, '2024-08-01T09:00:00Z'),
    ]);
    expect(state.status).toBe(MilestoneStatus.COMPLETE);
    expect(state.completedOn).toBe('2024-07-01');
  });

  it('lets a correction with the same createdAt win', () => {
    const at = '2024-03-01T09:00:00Z';
    const state = milestoneState([
      milestoneEntry(2, MilestoneStatus.IN_PROGRESS, at),
      milestoneEntry(1, MilestoneStatus.COMPLETE, at),
    ]);
    expect(state.status).toBe(MilestoneStatus.IN_PROGRESS);
    expect(state.completedOn).toBeNull();
  });
});

describe('disagrees', () => {
  it('is true when both lenses are assessed and differ', () => {
    expect(disagrees(CommitmentStatus.LIMITED, CommitmentStatus.COMPLETE)).toBe(true);
  });

  it('is false when they agree', () => {
    expect(disagrees(CommitmentStatus.COMPLETE, CommitmentStatus.COMPLETE)).toBe(false);
  });

  it('is false while either lens is unassessed', () => {
    const none = CommitmentStatus.NOT_YET_ASSESSED;
    expect(disagrees(none, CommitmentStatus.COMPLETE)).toBe(false);
    expect(disagrees(CommitmentStatus.LIMITED, none)).toBe(false);
    expect(disagrees(none, none)).toBe(false);
  });
});
