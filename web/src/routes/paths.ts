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
  | { name: 'consoleReport'; report: string }
  | { name: 'consolePlan'; plan: string }
  | { name: 'consoleCommitment'; plan: string; reference: string }
  | { name: 'consoleModeration' }
  | { name: 'consolePeople' }
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

/** The console's editor of one report and its recommendations (report slugs are unique). */
export function consoleReportPath(report: string): string {
  return `${consolePath()}/reports/${segment(report)}`;
}

/** The console's editor of one plan and its list of commitments (plan slugs are unique). */
export function consolePlanPath(plan: string): string {
  return `${consolePath()}/plans/${segment(plan)}`;
}

/** The console's editor of one commitment: its fields, links, milestones, updates and history. */
export function consoleCommitmentPath(plan: string, reference: string): string {
  return `${consolePlanPath(plan)}/commitments/${segment(reference)}`;
}

/** Comments on the organisation's plans, newest first, with a way to hide them. */
export function consoleModerationPath(): string {
  return `${consolePath()}/moderation`;
}

/** Inviting executives and liaisons. */
export function consolePeoplePath(): string {
  return `${consolePath()}/people`;
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

function matchConsoleRoute(raw: string[], parts: string[]): Route {
  if (parts.length === 3 && raw[1] === 'reports') return { name: 'consoleReport', report: parts[2] };
  if (parts.length === 3 && raw[1] === 'plans') return { name: 'consolePlan', plan: parts[2] };
  if (parts.length === 5 && raw[1] === 'plans' && raw[3] === 'commitments') {
    return { name: 'consoleCommitment', plan: parts[2], reference: parts[4] };
  }
  return { name: 'notFound' };
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
  if (trimmed === '/console/moderation') return { name: 'consoleModeration' };
  if (trimmed === '/console/people') return { name: 'consolePeople' };
  const raw = trimmed.slice(1).split('/');
  const parts = raw.map(decode);
  if (parts.some((part) => part === null)) return { name: 'notFound' };
  const [first, second, third, fourth] = parts as string[];

  if (raw[0] === 'console') return matchConsoleRoute(raw, parts as string[]);

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
