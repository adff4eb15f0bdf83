import { addDays, assertCalendarDate, daysBetween, endOfMonth, isCalendarDate, londonDate } from './calendar';

describe('londonDate', () => {
  it('puts 23:30 UTC in summer on the next London day (BST)', () => {
    expect(londonDate('2024-06-30T23:30:00Z')).toBe('2024-07-01');
  });

  it('keeps 23:30 UTC in winter on the same London day (GMT)', () => {
    expect(londonDate('2024-01-31T23:30:00Z')).toBe('2024-01-31');
  });

  it('accepts a Date as well as an ISO string', () => {
    expect(londonDate(new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    expect(londonDate(new Date('2024-06-30T22:59:59Z'))).toBe('2024-06-30');
  });

  it('follows the clock changes', () => {
    // Clocks go forward at 01:00 UTC on 31 March 2024 and back at 01:00 UTC on 27 October.
    expect(londonDate('2024-03-30T23:30:00Z')).toBe('2024-03-30');
    expect(londonDate('2024-03-31T23:30:00Z')).toBe('2024-04-01');
    expect(londonDate('2024-10-26T23:30:00Z')).toBe('2024-10-27');
    expect(londonDate('2024-10-27T23:30:00Z')).toBe('2024-10-27');
  });

  it('reads instants written with an offset', () => {
    expect(londonDate('2024-07-01T00:30:00+02:00')).toBe('2024-06-30');
  });

  it('rejects what is not an instant', () => {
    expect(() => londonDate('not a date')).toThrow(RangeError);
    expect(() => londonDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('isCalendarDate', () => {
  it.each(['2024-01-01', '2024-02-29', '2000-02-29', '2023-12-31', '2024-04-30'])('accepts %s', (value) =>
    expect(isCalendarDate(value)).toBe(true),
  );

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-01',
    '24-01-01',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
    '2024/01/01',
    '',
  ])('rejects %j', (value) => expect(isCalendarDate(value)).toBe(false));

  it('backs assertCalendarDate', () => {
    expect(() => assertCalendarDate('2024-02-29')).not.toThrow();
    expect(() => assertCalendarDate('2023-02-29')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('moves across month, year and leap day', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-06-15', 0)).toBe('2024-06-15');
  });

  it('is unaffected by clock changes', () => {
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
  });

  it('rejects an invalid date', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole calendar days, to minus from', () => {
    expect(daysBetween('2024-01-01', '2024-01-31')).toBe(30);
    expect(daysBetween('2024-01-31', '2024-01-01')).toBe(-30);
    expect(daysBetween('2024-06-15', '2024-06-15')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('is unaffected by clock changes', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
  });

  it('rejects an invalid date', () => {
    expect(() => daysBetween('2024-01-01', '2024-02-30')).toThrow(RangeError);
  });
});

describe('endOfMonth', () => {
  it.each([
    ['2024-02-10', '2024-02-29'],
    ['2023-02-01', '2023-02-28'],
    ['1900-02-15', '1900-02-28'],
    ['2000-02-15', '2000-02-29'],
    ['2024-04-01', '2024-04-30'],
    ['2024-12-31', '2024-12-31'],
    ['2024-01-15', '2024-01-31'],
  ])('%s → %s', (date, expected) => expect(endOfMonth(date)).toBe(expected));

  it('rejects an invalid date', () => {
    expect(() => endOfMonth('2024-02-30')).toThrow(RangeError);
  });
});
