import { describe, expect, it } from 'vitest';
import { missingParts } from './verifiable';

describe('missingParts', () => {
  it('names what is missing as a list', () => {
    expect(missingParts({ owner: null, dueDate: null, successCriteria: null })).toBe(
      'no owner, no due date and no success criteria',
    );
    expect(missingParts({ owner: 'NEC', dueDate: null, successCriteria: null })).toBe(
      'no due date and no success criteria',
    );
    expect(missingParts({ owner: 'NEC', dueDate: '2024-01-01', successCriteria: null })).toBe('no success criteria');
  });
});
