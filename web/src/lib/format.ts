const LOCALE = 'en-GB';

/**
 * A formatter made on first use. Making the first ones loads the browser's locale and time-zone
 * data, tens of milliseconds on a phone: at the top of a module, that work would lengthen the
 * task that evaluates it when the app starts (see `FORMATTERS`).
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const integerFormat = onFirstUse(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }));
const percentFormat = onFirstUse(
  () =>
    new Intl.NumberFormat(LOCALE, {
      style: 'percent',
      maximumFractionDigits: 0,
    }),
);
const dateOnlyFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const dateInLondonFormat = onFirstUse(
  () =>
    new Intl.DateTimeFormat(LOCALE, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    }),
);

/**
 * The formatters, each made when called. The app makes them one task each before hydrating a
 * page rendered on the server, so that loading the locale data neither lengthens the task that
 * evaluates the app's modules nor falls into one of hydration's slices.
 */
export const FORMATTERS: readonly (() => unknown)[] = [
  integerFormat,
  percentFormat,
  dateOnlyFormat,
  dateInLondonFormat,
];

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 1234 → "1,234". */
export function formatNumber(value: number): string {
  return integerFormat().format(value);
}

/** `(1, 'commitment')` → "1 commitment"; `(3, 'commitment')` → "3 commitments". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/**
 * A share between 0 and 1 as a whole percentage: 0.375 → "38%".
 *
 * Rounding never claims more than the data says: anything above 0 shows at least "1%",
 * anything below 1 shows at most "99%", so "100%" always means all and "0%" means none.
 * `null` (nothing to measure yet) gives `null` so the caller can say so in words.
 */
export function formatPercent(share: number | null | undefined): string | null {
  if (share === null || share === undefined || Number.isNaN(share)) return null;
  const clamped = Math.min(1, Math.max(0, share));
  let percent = Math.round(clamped * 100);
  if (clamped > 0 && percent === 0) percent = 1;
  if (clamped < 1 && percent === 100) percent = 99;
  return percentFormat().format(percent / 100);
}

/**
 * A GraphQL `Date` ("2024-03-12") or `DateTime` ("2024-03-12T10:00:00Z") as "12 March 2024".
 * Dates are calendar days and are never shifted by the reader's time zone; date-times are
 * shown as the day they fell on in the UK. Unparseable input is returned unchanged.
 */
export function formatDate(value: string): string {
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
    return Number.isNaN(time) ? value : dateOnlyFormat().format(time);
  }
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : dateInLondonFormat().format(time);
}

/**
 * An external link from the API, only if it is http(s): anything else (`javascript:`,
 * `data:`, relative paths) gives `null` and is not rendered as a link.
 */
export function safeExternalUrl(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** "https://www.example.org/about/" → "example.org/about" — for link text, never for hrefs. */
export function displayUrl(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}`;
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b and c". */
export function listInWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
