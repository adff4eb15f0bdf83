/** Days since 1970 of a GraphQL Date ("2024-03-31"), for a time axis. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** 1 January of each year inside [from, to], thinned so that labels never crowd. */
export function yearTicks(from: number, to: number, maxTicks: number): { day: number; label: string }[] {
  const first = new Date(from * 86_400_000).getUTCFullYear() + 1;
  const last = new Date(to * 86_400_000).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  const step = Math.max(1, Math.ceil(years.length / Math.max(1, maxTicks)));
  return years
    .filter((_, index) => index % step === 0)
    .map((year) => ({ day: Date.UTC(year, 0, 1) / 86_400_000, label: String(year) }));
}

/** Whole-number ticks from 0 to max: 0, the middle (when whole) and max. */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0];
  const middle = max / 2;
  return Number.isInteger(middle) && middle > 0 ? [0, middle, max] : [0, max];
}
