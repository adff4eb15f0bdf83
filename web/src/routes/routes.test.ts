import { describe, expect, it } from 'vitest';
import { commitmentPath, commitmentsPath, matchRoute, planPath, reportPath } from './paths';

describe('matchRoute', () => {
  it('knows every public page', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/lmn/plan-a')).toEqual({ name: 'plan', organisation: 'lmn', plan: 'plan-a' });
    expect(matchRoute('/lmn/plan-a/commitments')).toEqual({ name: 'commitments', organisation: 'lmn', plan: 'plan-a' });
    expect(matchRoute('/lmn/plan-a/commitments/C3')).toEqual({
      name: 'commitment',
      organisation: 'lmn',
      plan: 'plan-a',
      reference: 'C3',
    });
    expect(matchRoute('/lmn/reports/the-report')).toEqual({
      name: 'report',
      organisation: 'lmn',
      report: 'the-report',
    });
  });

  it('ignores a trailing slash and decodes segments', () => {
    expect(matchRoute('/lmn/plan-a/')).toEqual({ name: 'plan', organisation: 'lmn', plan: 'plan-a' });
    expect(matchRoute('/lmn/plan%20a')).toEqual({ name: 'plan', organisation: 'lmn', plan: 'plan a' });
  });

  it('treats everything else as unknown', () => {
    expect(matchRoute('/lmn')).toEqual({ name: 'notFound' });
    expect(matchRoute('/lmn/plan-a/other')).toEqual({ name: 'notFound' });
    expect(matchRoute('/lmn/plan-a/commitments/C3/more')).toEqual({ name: 'notFound' });
    expect(matchRoute('/lmn/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(matchRoute('//plan')).toEqual({ name: 'notFound' });
  });
});

describe('path builders', () => {
  it('round-trip through matchRoute', () => {
    expect(matchRoute(planPath('a b', 'c/d'))).toEqual({ name: 'plan', organisation: 'a b', plan: 'c/d' });
    expect(matchRoute(commitmentPath('o', 'p', 'C 1'))).toMatchObject({ name: 'commitment', reference: 'C 1' });
    expect(matchRoute(reportPath('o', 'r'))).toMatchObject({ name: 'report', report: 'r' });
  });

  it('adds filters to the commitments list', () => {
    expect(commitmentsPath('o', 'p')).toBe('/o/p/commitments');
    expect(commitmentsPath('o', 'p', new URLSearchParams({ theme: 'Education' }))).toBe(
      '/o/p/commitments?theme=Education',
    );
  });
});
