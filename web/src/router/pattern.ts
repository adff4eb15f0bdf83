/**
 * Address patterns such as `/:organisationSlug/:planSlug/commitments/:reference`: segments
 * that are either literal or a `:name` parameter. One pattern both reads an address
 * (`matchPattern`) and writes one (`pathBuilder`), so the two cannot disagree.
 */

type SegmentNames<Segment extends string> = Segment extends `:${infer Name}` ? [Name] : [];

/** The parameter names of a pattern, in order: `'/:a/x/:b'` → `['a', 'b']`. */
export type PatternParamNames<Pattern extends string> = Pattern extends `/${infer Segment}/${infer Rest}`
  ? [...SegmentNames<Segment>, ...PatternParamNames<`/${Rest}`>]
  : Pattern extends `/${infer Segment}`
    ? SegmentNames<Segment>
    : [];

/** A pattern's parameters by name: `'/:a/x/:b'` → `{ a: string; b: string }`. */
export type PatternParams<Pattern extends string> = { [Name in PatternParamNames<Pattern>[number]]: string };

type SegmentValues<Segment extends string> = Segment extends `:${string}` ? [value: string] : [];

/** A pattern's parameter values in the order they appear in it: `'/:a/x/:b'` → `[string, string]`. */
export type PatternValues<Pattern extends string> = Pattern extends `/${infer Segment}/${infer Rest}`
  ? [...SegmentValues<Segment>, ...PatternValues<`/${Rest}`>]
  : Pattern extends `/${infer Segment}`
    ? SegmentValues<Segment>
    : [];

function segmentsOf(path: string): string[] {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === '' ? [] : trimmed.slice(1).split('/');
}

/** A segment of an address as text; null when it is empty or not valid percent-encoding. */
function decodeSegment(segment: string): string | null {
  try {
    const value = decodeURIComponent(segment);
    return value === '' ? null : value;
  } catch {
    return null;
  }
}

/**
 * The parameters of `pathname` when it has the pattern's shape, each decoded; null otherwise.
 * A trailing slash is ignored; literal segments must match as written; a parameter that is
 * empty or not valid percent-encoding makes the address not match.
 */
export function matchPattern<Pattern extends string>(
  pattern: Pattern,
  pathname: string,
): PatternParams<Pattern> | null {
  const expected = segmentsOf(pattern);
  const actual = segmentsOf(pathname);
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    if (!segment.startsWith(':')) {
      if (actual[index] !== segment) return null;
      continue;
    }
    const value = decodeSegment(actual[index]);
    if (value === null) return null;
    params[segment.slice(1)] = value;
  }
  return params;
}

/**
 * A function that writes the pattern's address from its parameter values, in the order they
 * appear in the pattern, each percent-encoded: `pathBuilder('/:a/x/:b')('a b', 'c')` is
 * `'/a%20b/x/c'`.
 */
export function pathBuilder<Pattern extends string>(pattern: Pattern): (...values: PatternValues<Pattern>) => string {
  const segments = segmentsOf(pattern);
  return (...values) => {
    let next = 0;
    const parts = segments.map((segment) =>
      segment.startsWith(':') ? encodeURIComponent((values as string[])[next++]) : segment,
    );
    return `/${parts.join('/')}`;
  };
}
