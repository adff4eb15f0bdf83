import { EntryStatus, Lens, ReasonCode, SubjectType } from './enums';
import { EntryDraft, entryProblem, entryStatusesFor, needsEvidence, needsReason } from './entry-rules';

const draft = (overrides: Partial<EntryDraft>): EntryDraft => ({
  subjectType: SubjectType.COMMITMENT,
  lens: Lens.ASSESSMENT,
  status: EntryStatus.LIMITED,
  evidenceCount: 0,
  reasonCode: null,
  ...overrides,
});

describe('entryProblem', () => {
  it('accepts a plain move without evidence or reason', () => {
    expect(entryProblem(draft({}))).toBeNull();
    expect(entryProblem(draft({ subjectType: SubjectType.MILESTONE, status: EntryStatus.IN_PROGRESS }))).toBeNull();
  });

  it.each([EntryStatus.SUBSTANTIAL, EntryStatus.COMPLETE])('requires evidence for %s', (status) => {
    expect(entryProblem(draft({ status }))).toEqual({
      field: 'evidence',
      message: expect.stringMatching(/at least one piece of public evidence/),
    });
    expect(entryProblem(draft({ status, evidenceCount: 1 }))).toBeNull();
  });

  it('requires evidence for a milestone COMPLETE and for the party’s own claim too', () => {
    expect(entryProblem(draft({ subjectType: SubjectType.MILESTONE, status: EntryStatus.COMPLETE }))?.field).toBe(
      'evidence',
    );
    expect(entryProblem(draft({ lens: Lens.PARTY_REPORTED, status: EntryStatus.COMPLETE }))?.field).toBe('evidence');
  });

  it.each([
    [SubjectType.COMMITMENT, EntryStatus.ABANDONED],
    [SubjectType.MILESTONE, EntryStatus.MISSED],
    [SubjectType.MILESTONE, EntryStatus.AT_RISK],
  ])('requires a reason code for a %s %s', (subjectType, status) => {
    expect(entryProblem(draft({ subjectType, status }))?.field).toBe('reasonCode');
    expect(entryProblem(draft({ subjectType, status, reasonCode: ReasonCode.RESOURCES }))).toBeNull();
  });

  it('keeps each subject to its own vocabulary', () => {
    expect(entryProblem(draft({ status: EntryStatus.MISSED, reasonCode: ReasonCode.OTHER }))?.field).toBe('status');
    expect(entryProblem(draft({ subjectType: SubjectType.MILESTONE, status: EntryStatus.LIMITED }))?.field).toBe(
      'status',
    );
  });

  it('writes milestones in the assessment lens only', () => {
    expect(
      entryProblem(
        draft({ subjectType: SubjectType.MILESTONE, lens: Lens.PARTY_REPORTED, status: EntryStatus.IN_PROGRESS }),
      )?.field,
    ).toBe('lens');
  });
});

describe('entryStatusesFor', () => {
  it('gives each subject its own scale, in order', () => {
    expect(entryStatusesFor(SubjectType.COMMITMENT)).toEqual([
      'NOT_STARTED',
      'LIMITED',
      'SUBSTANTIAL',
      'COMPLETE',
      'ABANDONED',
    ]);
    expect(entryStatusesFor(SubjectType.MILESTONE)).toEqual([
      'NOT_STARTED',
      'IN_PROGRESS',
      'AT_RISK',
      'COMPLETE',
      'MISSED',
    ]);
  });
});

describe('needsEvidence and needsReason', () => {
  it('ask for evidence for SUBSTANTIAL and COMPLETE only', () => {
    expect(Object.values(EntryStatus).filter(needsEvidence)).toEqual([EntryStatus.SUBSTANTIAL, EntryStatus.COMPLETE]);
  });

  it('ask for a reason for ABANDONED, AT_RISK and MISSED only', () => {
    expect(Object.values(EntryStatus).filter(needsReason)).toEqual([
      EntryStatus.ABANDONED,
      EntryStatus.AT_RISK,
      EntryStatus.MISSED,
    ]);
  });

  it('are false for what is not a status yet', () => {
    expect(needsEvidence('')).toBe(false);
    expect(needsReason('')).toBe(false);
    expect(needsReason('NOT_YET_ASSESSED')).toBe(false);
  });
});
