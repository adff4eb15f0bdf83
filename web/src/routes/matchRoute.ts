import { matchPattern, type PatternParams } from '../router';
import { ROUTES, type RouteName } from './table';

/** A page of the app and the parameters its address gave. */
export type RouteMatch<Names extends RouteName = RouteName> = {
  [Name in Names]: { name: Name; params: PatternParams<(typeof ROUTES)[Name]['pattern']> };
}[Names];

const NAMES = Object.keys(ROUTES) as RouteName[];

/** The console's pages all live under its address, and an address there is never an organisation's. */
function isConsoleAddress(pathname: string): boolean {
  const root = ROUTES.console.pattern;
  return pathname === root || pathname.startsWith(`${root}/`);
}

/**
 * The page for a pathname: the first route of the table whose pattern it matches, or null.
 * A trailing slash is ignored; a parameter that is not valid percent-encoding makes the
 * address unknown.
 */
export function matchRoute(pathname: string): RouteMatch | null {
  const inConsole = isConsoleAddress(pathname);
  for (const name of NAMES) {
    const { pattern, console } = ROUTES[name];
    if (Boolean(console) !== inConsole) continue;
    const params = matchPattern(pattern, pathname);
    if (params) return { name, params };
  }
  return null;
}
