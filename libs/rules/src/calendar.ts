/**
 * Calendar dates as the tracker means them: days in Europe/London, written 'YYYY-MM-DD'.
 * Arithmetic on them is pure date arithmetic (UTC midnight), so clock changes never add or
 * lose a day.
 */

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Made on first use: making it loads the time-zone data, tens of milliseconds on a phone, which
 * a web page rendered on the server (it brings its day with it) never needs.
 */
let londonFormat: Intl.DateTimeFormat | undefined;
function londonFormatter(): Intl.DateTimeFormat {
  return (londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }));
}

/** The Europe/London calendar date of an instant (a Date or an ISO string). */
export function londonDate(instant: Date | string): string {
  const moment = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(moment.getTime())) {
    throw new RangeError(`Not an instant: ${String(instant)}`);
  }
  const parts = londonFormatter().formatToParts(moment);
  const value = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${value('year').padStart(4, '0')}-${value('month')}-${value('day')}`;
}

/** True for a strict 'YYYY-MM-DD' string naming a real day (so '2023-02-29' is false). */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** Throws a RangeError unless `date` is a real calendar date in strict 'YYYY-MM-DD' form. */
export function assertCalendarDate(date: string): void {
  if (!isCalendarDate(date)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  }
}

/** The date `days` calendar days after `date` (negative counts backwards). */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `to` − `from` in whole calendar days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The last day of the month `date` falls in. */
export function endOfMonth(date: string): string {
  assertCalendarDate(date);
  const lastDay = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return `${date.slice(0, 8)}${String(lastDay).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toUtcMs(date: string): number {
  assertCalendarDate(date);
  return Date.parse(`${date}T00:00:00Z`);
}
