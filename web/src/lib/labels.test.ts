import { describe, expect, it } from 'vitest';
import { fieldLabel, isDateField, missingPartsLabel } from './labels';

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

describe('fieldLabel and isDateField', () => {
  it('shows a plan’s publication in the history as a date, in words', () => {
    expect(fieldLabel('publishedAt')).toBe('Publication date');
    expect(isDateField('publishedAt')).toBe(true);
    expect(fieldLabel('unpublishedReason')).toBe('Reason for unpublishing');
    expect(isDateField('unpublishedReason')).toBe(false);
    expect(isDateField('dueDate')).toBe(true);
    expect(isDateField('agreedOn')).toBe(true);
    expect(isDateField('title')).toBe(false);
  });
});
