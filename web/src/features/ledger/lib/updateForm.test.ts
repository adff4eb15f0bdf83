import { describe, expect, it } from 'vitest';
import {
  emptyEvidence,
  emptyUpdate,
  evidenceRule,
  formField,
  reasonRule,
  updateProblems,
  updateRequest,
  type UpdateDraft,
} from './updateForm';

const source = {
  url: 'https://example.org/minutes',
  title: 'Minutes',
  kind: 'OFFICIAL_DOCUMENT' as const,
  publishedOn: '',
};

function draft(overrides: Partial<UpdateDraft> = {}): UpdateDraft {
  return { ...emptyUpdate('ASSESSMENT'), ...overrides };
}

describe('the status update form', () => {
  it('says which statuses need evidence and which need a reason, in words', () => {
    expect(evidenceRule('COMMITMENT')).toBe('Substantial and Complete need at least one piece of public evidence.');
    expect(evidenceRule('MILESTONE')).toBe('Complete needs at least one piece of public evidence.');
    expect(reasonRule('COMMITMENT')).toBe('Abandoned needs a reason.');
    expect(reasonRule('MILESTONE')).toBe('At risk and Missed need a reason.');
  });

  it('asks for a status first', () => {
    expect(updateProblems(draft(), 'COMMITMENT')).toEqual({ status: 'Choose a status.' });
    // A milestone status is not a commitment status.
    expect(updateProblems(draft({ status: 'IN_PROGRESS' }), 'COMMITMENT')).toEqual({ status: 'Choose a status.' });
    expect(updateProblems(draft({ status: 'LIMITED' }), 'COMMITMENT')).toEqual({});
  });

  it('refuses complete without evidence, on the evidence list; a blank row does not count', () => {
    const problems = updateProblems(draft({ status: 'COMPLETE', evidence: [emptyEvidence()] }), 'COMMITMENT');
    expect(Object.keys(problems)).toEqual(['evidence']);
    expect(problems.evidence).toMatch(/^A move to complete needs at least one piece of public evidence/);
    expect(updateProblems(draft({ status: 'COMPLETE', evidence: [source] }), 'COMMITMENT')).toEqual({});
    expect(updateProblems(draft({ status: 'COMPLETE' }), 'MILESTONE').evidence).toBeDefined();
  });

  it('refuses setbacks without a reason, on the reason field', () => {
    expect(updateProblems(draft({ status: 'ABANDONED' }), 'COMMITMENT')).toEqual({
      reasonCode: 'Say why it is abandoned: choose a reason.',
    });
    expect(updateProblems(draft({ status: 'AT_RISK', reasonCode: 'RESOURCES' }), 'MILESTONE')).toEqual({});
  });

  it('checks each started evidence row on its own fields', () => {
    const problems = updateProblems(
      draft({
        status: 'SUBSTANTIAL',
        evidence: [emptyEvidence(), { url: 'example.org/x', title: ' ', kind: '', publishedOn: '' }],
      }),
      'COMMITMENT',
    );
    expect(problems).toEqual({
      'evidence.1.url': 'Give the full web address, starting with https://',
      'evidence.1.title': 'Give the source a title, such as the document’s name.',
      'evidence.1.kind': 'Choose what kind of source it is.',
    });
  });

  it('limits the narrative as the API does', () => {
    expect(updateProblems(draft({ status: 'LIMITED', narrative: 'x'.repeat(10_001) }), 'COMMITMENT').narrative).toBe(
      'Keep the narrative to 10,000 characters; it has 10,001.',
    );
  });

  it('builds the input without blank rows or an unasked-for reason, and maps server fields back to rows', () => {
    const { input, evidenceRows } = updateRequest(
      draft({
        status: 'COMPLETE',
        narrative: '  Done. ',
        reasonCode: 'OTHER',
        evidence: [emptyEvidence(), { ...source, url: ' https://example.org/a ', publishedOn: '2026-01-02' }],
      }),
      { type: 'COMMITMENT', id: 'c6' },
    );
    expect(input).toEqual({
      subjectType: 'COMMITMENT',
      subjectId: 'c6',
      lens: 'ASSESSMENT',
      status: 'COMPLETE',
      narrative: 'Done.',
      evidence: [
        { url: 'https://example.org/a', title: 'Minutes', kind: 'OFFICIAL_DOCUMENT', publishedOn: '2026-01-02' },
      ],
      reasonCode: null,
    });
    expect(evidenceRows).toEqual([1]);
    expect(formField('evidence.0.url', evidenceRows)).toBe('evidence.1.url');
    expect(formField('evidence', evidenceRows)).toBe('evidence');
    expect(formField('evidence.5.title', evidenceRows)).toBe('evidence');
    expect(formField('reasonCode', evidenceRows)).toBe('reasonCode');
  });
});
