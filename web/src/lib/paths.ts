/**
 * The app's addresses: builders for links, and `matchRoute` that turns a pathname into the
 * page to show. Every page of DOMAIN.md ("Pages a person sees") is here.
 */

export type Route =
  | { name: 'home' }
  | { name: 'plan'; organisation: string; plan: string }
  | { name: 'commitments'; organisation: string; plan: string }
  | { name: 'commitment'; organisation: string; plan: string; reference: string }
  | { name: 'report'; organisation: string; report: string }
  | { name: 'signIn' }
  | { name: 'invite' }
  | { name: 'console' }
  | { name: 'notFound' };

const segment = (value: string) => encodeURIComponent(value);

export function homePath(): string {
  return '/';
}

export function planPath(organisation: string, plan: string): string {
  return `/${segment(organisation)}/${segment(plan)}`;
}

export function commitmentsPath(organisation: string, plan: string, search?: URLSearchParams | string): string {
  const query = search?.toString() ?? '';
  return `${planPath(organisation, plan)}/commitments${query ? `?${query}` : ''}`;
}

export function commitmentPath(organisation: string, plan: string, reference: string): string {
  return `${planPath(organisation, plan)}/commitments/${segment(reference)}`;
}

export function reportPath(organisation: string, report: string): string {
  return `/${segment(organisation)}/reports/${segment(report)}`;
}

/** Where a signed-in person works; the sign-in page sends people here by default. */
export function consolePath(): string {
  return '/console';
}

/** The sign-in page; `next` is where to go after signing in. */
export function signInPath(next?: string): string {
  return next ? `/sign-in?${new URLSearchParams({ next }).toString()}` : '/sign-in';
}

/** Where invitation links lead; the token itself follows in the `#fragment`. */
export function invitePath(): string {
  return '/invite';
}

/** The id a recommendation's block carries on the report page, for links like `#R4`. */
export function recommendationAnchor(reference: string): string {
  return `recommendation-${reference}`;
}

function decode(part: string): string | null {
  try {
    const value = decodeURIComponent(part);
    return value === '' ? null : value;
  } catch {
    return null;
  }
}

/**
 * The page for a pathname. A trailing slash is ignored; a segment that is not valid
 * percent-encoding makes the address unknown. `/:org/reports/:slug` is matched before
 * `/:org/:plan/commitments`, so a report's address always wins.
 */
export function matchRoute(pathname: string): Route {
  const trimmed = pathname.replace(/\/+$/, '');
  if (trimmed === '') return { name: 'home' };
  if (trimmed === '/sign-in') return { name: 'signIn' };
  if (trimmed === '/invite') return { name: 'invite' };
  if (trimmed === '/console') return { name: 'console' };
  const raw = trimmed.slice(1).split('/');
  const parts = raw.map(decode);
  if (parts.some((part) => part === null)) return { name: 'notFound' };
  const [first, second, third, fourth] = parts as string[];

  if (parts.length === 2) return { name: 'plan', organisation: first, plan: second };
  if (parts.length === 3 && raw[1] === 'reports') return { name: 'report', organisation: first, report: third };
  if (parts.length === 3 && raw[2] === 'commitments') {
    return { name: 'commitments', organisation: first, plan: second };
  }
  if (parts.length === 4 && raw[2] === 'commitments') {
    return { name: 'commitment', organisation: first, plan: second, reference: fourth };
  }
  return { name: 'notFound' };
}
