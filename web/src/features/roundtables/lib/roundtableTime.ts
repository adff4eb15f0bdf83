import { formatDate, onFirstUse } from '../../../lib/format';

const LOCALE = 'en-GB';
const ZONE = 'Europe/London';

const weekdayFormat = onFirstUse(() => new Intl.DateTimeFormat(LOCALE, { weekday: 'long', timeZone: ZONE }));
const timeFormat = onFirstUse(
  () => new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: ZONE }),
);
const partsFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: ZONE,
    }),
);

/** "Tuesday 3 March 2026", built from parts so that every engine (the server's, the browser's) writes it alike. */
function day(time: Date): string {
  return `${weekdayFormat().format(time)} ${formatDate(time.toISOString())}`;
}

/** "Tuesday 3 March 2026, 18:30 to 20:00" in London time; an event over midnight names both days. */
export function formatTimeSpan(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const startDay = day(start);
  const endDay = day(end);
  const endText = startDay === endDay ? timeFormat().format(end) : `${endDay}, ${timeFormat().format(end)}`;
  return `${startDay}, ${timeFormat().format(start)} to ${endText}`;
}

/** An instant as the value of a `datetime-local` control in London time: "2026-03-03T18:30". */
export function toLondonInput(instant: string | null | undefined): string {
  if (!instant) return '';
  const time = new Date(instant);
  if (Number.isNaN(time.getTime())) return '';
  const part = (type: string) =>
    partsFormat()
      .formatToParts(time)
      .find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `datetime-local` value read as London time, as an ISO instant; '' stays '' and anything
 * else is returned as typed, for the API to refuse with its own message.
 */
export function fromLondonInput(value: string): string {
  const match = LOCAL.exec(value.trim());
  if (!match) return value.trim();
  const [, year, month, day, hour, minute] = match.map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // London is UTC or UTC+1: the offset at that wall-clock time, found by reading it back.
  for (const offset of [0, 60]) {
    const candidate = new Date(asUtc - offset * 60_000);
    if (toLondonInput(candidate.toISOString()) === value.trim()) return candidate.toISOString();
  }
  // A time skipped when the clocks go forward: read it as the hour after.
  return new Date(asUtc).toISOString();
}

/** Whether the roundtable has not ended by `now`. */
export function isUpcoming(roundtable: { endsAt: string; status: string }, now: Date): boolean {
  return roundtable.status === 'UPCOMING' && new Date(roundtable.endsAt).getTime() >= now.getTime();
}
