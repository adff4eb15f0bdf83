import { describe, expect, it } from 'vitest';
import { missingPartsLabel } from './labels';

describe('missingPartsLabel', () => {
  it('names what is missing as a list', () => {
    expect(missingPartsLabel({ owner: null, dueDate: null, successCriteria: null })).toBe(
      'no owner, no due date and no success criteria',
    );
    expect(missingPartsLabel({ owner: 'NEC', dueDate: null, successCriteria: null })).toBe(
      'no due date and no success criteria',
    );
    expect(missingPartsLabel({ owner: 'NEC', dueDate: '2024-01-01', successCriteria: null })).toBe(
      'no success criteria',
    );
  });

  it('counts an owner of only spaces as missing, as the API does', () => {
    expect(missingPartsLabel({ owner: '   ', dueDate: '2024-01-01', successCriteria: 'Published.' })).toBe('no owner');
  });
});
