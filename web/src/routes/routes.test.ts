import { describe, expect, it } from 'vitest';
import { pathBuilder } from '../router';
import { matchRoute } from './matchRoute';
import {
  commitmentPath,
  commitmentsPath,
  consoleCommitmentPath,
  consolePath,
  homePath,
  planPath,
  reportPath,
  signInPath,
} from './paths';
import { ROUTES, type RouteName } from './table';

describe('matchRoute', () => {
  it('knows every public page', () => {
    expect(matchRoute('/')).toEqual({ name: 'home', params: {} });
    expect(matchRoute('/lmn/plan-a')).toEqual({
      name: 'plan',
      params: { organisationSlug: 'lmn', planSlug: 'plan-a' },
    });
    expect(matchRoute('/lmn/plan-a/commitments')).toEqual({
      name: 'commitments',
      params: { organisationSlug: 'lmn', planSlug: 'plan-a' },
    });
    expect(matchRoute('/lmn/plan-a/commitments/C3')).toEqual({
      name: 'commitment',
      params: { organisationSlug: 'lmn', planSlug: 'plan-a', reference: 'C3' },
    });
    expect(matchRoute('/lmn/reports/the-report')).toEqual({
      name: 'report',
      params: { organisationSlug: 'lmn', reportSlug: 'the-report' },
    });
    expect(matchRoute('/sign-in')).toEqual({ name: 'signIn', params: {} });
    expect(matchRoute('/invite')).toEqual({ name: 'invite', params: {} });
  });

  it('knows every page of the console', () => {
    expect(matchRoute('/console')).toEqual({ name: 'console', params: {} });
    expect(matchRoute('/console/moderation')).toEqual({ name: 'consoleModeration', params: {} });
    expect(matchRoute('/console/people')).toEqual({ name: 'consolePeople', params: {} });
    expect(matchRoute('/console/account')).toEqual({ name: 'consoleAccount', params: {} });
    expect(matchRoute('/console/reports/the-report')).toEqual({
      name: 'consoleReport',
      params: { reportSlug: 'the-report' },
    });
    expect(matchRoute('/console/plans/plan-a')).toEqual({ name: 'consolePlan', params: { planSlug: 'plan-a' } });
    expect(matchRoute('/console/plans/plan-a/import')).toEqual({
      name: 'consolePlanImport',
      params: { planSlug: 'plan-a' },
    });
    expect(matchRoute('/console/plans/plan-a/commitments/C3')).toEqual({
      name: 'consoleCommitment',
      params: { planSlug: 'plan-a', reference: 'C3' },
    });
  });

  it('ignores a trailing slash and decodes segments', () => {
    expect(matchRoute('/lmn/plan-a/')).toEqual({
      name: 'plan',
      params: { organisationSlug: 'lmn', planSlug: 'plan-a' },
    });
    expect(matchRoute('/lmn/plan%20a')).toEqual({
      name: 'plan',
      params: { organisationSlug: 'lmn', planSlug: 'plan a' },
    });
    expect(matchRoute('/console/people/')).toEqual({ name: 'consolePeople', params: {} });
  });

  it('reads a report’s address before a plan’s commitments', () => {
    expect(matchRoute('/lmn/reports/commitments')).toEqual({
      name: 'report',
      params: { organisationSlug: 'lmn', reportSlug: 'commitments' },
    });
  });

  it('has the console’s pages, and only those, under /console', () => {
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const { pattern, console } = ROUTES[name];
      expect({ name, underConsole: pattern === '/console' || pattern.startsWith('/console/') }).toEqual({
        name,
        underConsole: Boolean(console),
      });
    }
  });

  it('never reads an address under /console/ as an organisation’s', () => {
    expect(matchRoute('/console/unknown')).toBeNull();
    expect(matchRoute('/console/plans')).toBeNull();
    expect(matchRoute('/console/plan-a/commitments')).toBeNull();
    expect(matchRoute('/console/reports/the-report')).toMatchObject({ name: 'consoleReport' });
    // Other pages of the app's own do not reserve their address for pages under it.
    expect(matchRoute('/sign-in/plan-a')).toEqual({
      name: 'plan',
      params: { organisationSlug: 'sign-in', planSlug: 'plan-a' },
    });
  });

  it('treats everything else as unknown', () => {
    expect(matchRoute('/lmn')).toBeNull();
    expect(matchRoute('/lmn/plan-a/other')).toBeNull();
    expect(matchRoute('/lmn/plan-a/commitments/C3/more')).toBeNull();
    expect(matchRoute('/lmn/%E0%A4%A')).toBeNull();
    expect(matchRoute('//plan')).toBeNull();
    expect(matchRoute('/console%2Fpeople')).toBeNull();
  });
});

describe('path builders', () => {
  it('round-trip through matchRoute', () => {
    expect(matchRoute(planPath('a b', 'c/d'))).toEqual({
      name: 'plan',
      params: { organisationSlug: 'a b', planSlug: 'c/d' },
    });
    expect(matchRoute(commitmentPath('o', 'p', 'C 1'))).toMatchObject({
      name: 'commitment',
      params: { reference: 'C 1' },
    });
    expect(matchRoute(reportPath('o', 'r'))).toMatchObject({ name: 'report', params: { reportSlug: 'r' } });
    expect(matchRoute(consoleCommitmentPath('p', 'C#1'))).toEqual({
      name: 'consoleCommitment',
      params: { planSlug: 'p', reference: 'C#1' },
    });
  });

  it('write an address that every route reads back as its own, whatever the values', () => {
    const values = ['a b', 'c/d', 'e?f#g', 'ü%'];
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const { pattern } = ROUTES[name];
      const names = pattern.split('/').filter((segment) => segment.startsWith(':'));
      const build = pathBuilder(pattern) as (...values: string[]) => string;
      const path = build(...values.slice(0, names.length));

      expect(path.startsWith('/')).toBe(true);
      expect(matchRoute(path)).toEqual({
        name,
        params: Object.fromEntries(names.map((param, index) => [param.slice(1), values[index]])),
      });
    }
  });

  it('write the fixed addresses', () => {
    expect(homePath()).toBe('/');
    expect(consolePath()).toBe('/console');
    expect(signInPath()).toBe('/sign-in');
    expect(signInPath('/console/plans/p?x=1')).toBe('/sign-in?next=%2Fconsole%2Fplans%2Fp%3Fx%3D1');
  });

  it('adds filters to the commitments list', () => {
    expect(commitmentsPath('o', 'p')).toBe('/o/p/commitments');
    expect(commitmentsPath('o', 'p', new URLSearchParams({ theme: 'Education' }))).toBe(
      '/o/p/commitments?theme=Education',
    );
  });
});
