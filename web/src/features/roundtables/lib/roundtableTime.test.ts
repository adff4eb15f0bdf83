import { describe, expect, it } from 'vitest';
import { formatTimeSpan, fromLondonInput, toLondonInput } from './roundtableTime';

describe('roundtable times in Europe/London', () => {
  it('shows summer times an hour ahead of UTC and winter times as UTC', () => {
    expect(formatTimeSpan('2026-06-10T17:30:00Z', '2026-06-10T19:00:00Z')).toBe(
      'Wednesday 10 June 2026, 18:30 to 20:00',
    );
    expect(formatTimeSpan('2026-01-14T18:00:00Z', '2026-01-14T19:30:00Z')).toBe(
      'Wednesday 14 January 2026, 18:00 to 19:30',
    );
  });

  it('names both days when an event runs past midnight', () => {
    expect(formatTimeSpan('2026-01-14T22:00:00Z', '2026-01-15T00:30:00Z')).toBe(
      'Wednesday 14 January 2026, 22:00 to Thursday 15 January 2026, 00:30',
    );
  });

  it('turns a datetime-local value typed in London time into the instant and back', () => {
    expect(fromLondonInput('2026-06-10T18:30')).toBe('2026-06-10T17:30:00.000Z');
    expect(fromLondonInput('2026-01-14T18:00')).toBe('2026-01-14T18:00:00.000Z');
    expect(toLondonInput('2026-06-10T17:30:00.000Z')).toBe('2026-06-10T18:30');
    expect(toLondonInput(null)).toBe('');
  });

  it('leaves what is not a date and time as typed, for the API to refuse', () => {
    expect(fromLondonInput('next Tuesday')).toBe('next Tuesday');
  });
});
