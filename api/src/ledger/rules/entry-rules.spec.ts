import { EntryStatus, Lens, ReasonCode, SubjectType } from '../ledger.enums';
import { entryProblem, EntryDraft } from './entry-rules';

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
