import { isVerifiable, missingParts } from './verifiability';

const complete = {
  owner: 'Home Office',
  dueDate: '2025-03-31',
  successCriteria: 'Guidance published and adopted by every police force.',
};

describe('isVerifiable', () => {
  it('is true with owner, due date and success criteria', () => {
    expect(isVerifiable(complete)).toBe(true);
  });

  it.each(['owner', 'dueDate', 'successCriteria'] as const)('is false without %s', (field) => {
    expect(isVerifiable({ ...complete, [field]: null })).toBe(false);
    expect(isVerifiable({ ...complete, [field]: '' })).toBe(false);
  });

  it('treats a whitespace-only value as blank', () => {
    expect(isVerifiable({ ...complete, owner: '   ' })).toBe(false);
    expect(isVerifiable({ ...complete, successCriteria: '\n\t ' })).toBe(false);
  });
});

describe('missingParts', () => {
  it('names nothing for a verifiable commitment', () => {
    expect(missingParts(complete)).toEqual([]);
  });

  it('names every missing part, in order', () => {
    expect(missingParts({ owner: null, dueDate: null, successCriteria: null })).toEqual([
      'owner',
      'dueDate',
      'successCriteria',
    ]);
    expect(missingParts({ ...complete, dueDate: '', successCriteria: null })).toEqual(['dueDate', 'successCriteria']);
  });

  it('counts an owner of only spaces as missing', () => {
    expect(missingParts({ ...complete, owner: '   ' })).toEqual(['owner']);
  });
});
