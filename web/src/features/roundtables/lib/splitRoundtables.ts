/**
 * A plan's roundtables in two lists: upcoming (not held, not cancelled, soonest first) and past
 * (held or cancelled, latest first). A cancelled one that has not taken place yet stays in the
 * upcoming list, so that people who planned to come see it is off.
 */
export function splitRoundtables<T extends { startsAt: string; endsAt: string; status: string }>(
  roundtables: readonly T[],
  now: Date = new Date(),
): { upcoming: T[]; past: T[] } {
  const byStart = [...roundtables].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const isPast = (roundtable: T) =>
    roundtable.status === 'HELD' || new Date(roundtable.endsAt).getTime() < now.getTime();
  return {
    upcoming: byStart.filter((roundtable) => !isPast(roundtable)),
    past: byStart.filter(isPast).reverse(),
  };
}
