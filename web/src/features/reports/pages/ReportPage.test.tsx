import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ORG, REPORT, reportPageData } from '../../../test/fixtures/demo';
import { fixtureLink, notFound, type FixtureHandler } from '../../../test/link';
import { renderApp } from '../../../test/render';

function renderReport(handler: FixtureHandler = () => ({ data: reportPageData }), slug = REPORT) {
  const fixture = fixtureLink({ ReportPage: handler });
  renderApp(`/${ORG}/reports/${slug}`, { link: fixture.link });
  return fixture;
}

describe('ReportPage', () => {
  it('names the licence of the open data when a published plan answers the report', async () => {
    renderReport();
    const licence = await screen.findByRole('link', { name: 'CC BY 4.0' });
    expect(licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licence.closest('.page-header')).not.toBeNull();
  });

  it('names no licence when only drafts answer the report', async () => {
    const report = reportPageData.report!;
    renderReport(() => ({
      data: { report: { ...report, plans: report.plans.map((plan) => ({ ...plan, publishedAt: null })) } },
    }));
    await screen.findByRole('heading', { level: 1, name: 'Islamophobia and the Muslim Experience' });
    expect(screen.queryByText(/Open data under/)).toBeNull();
  });

  it('shows the findings and every recommendation with the response and what answers it', async () => {
    renderReport();

    await screen.findByRole('heading', { level: 1, name: 'Islamophobia and the Muslim Experience' });
    expect(document.title).toBe('Islamophobia and the Muslim Experience – Labour Muslim Network – Action Plan Tracker');
    const findings = screen.getByRole('list', { name: 'Key findings of Islamophobia and the Muslim Experience' });
    expect(within(findings).getAllByRole('listitem')).toHaveLength(7);

    const r1 = screen.getByRole('article', { name: /^R1 / });
    within(r1).getByText('Accepted in full');
    expect(within(r1).getByRole('link', { name: /^C3 / }).getAttribute('href')).toBe(
      `/${ORG}/islamophobia-action-plan/commitments/C3`,
    );
    screen.getByText('10 recommendations: 8 answered by at least one commitment, 2 with no commitment yet.');
  });

  it('lists recommendations with no commitment as gaps', async () => {
    renderReport();

    const gaps = (await screen.findByText('2 gaps: recommendations with no commitment')).parentElement as HTMLElement;
    expect(
      within(gaps)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'R9 Support Muslim members who have experienced Islamophobia',
      'R10 Review the party’s engagement with Muslim communities',
    ]);
    const r9 = screen.getByRole('article', { name: /^R9 / });
    within(r9).getByText('Gap: no commitment yet');
    within(r9).getByText('No commitment in any plan answers this recommendation yet.');
  });

  it('shows the not-found page for an unknown report', async () => {
    renderReport(() => notFound('report'), 'no-such-report');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  });

  it('shows the history of the report and its findings, a deleted finding’s wording included', async () => {
    const node = (id: string, subjectId: string, field: string, before: string | null, after: string | null) => ({
      __typename: 'RevisionEdge',
      cursor: id,
      node: {
        __typename: 'Revision',
        id,
        subjectType: subjectId === 'report' ? 'REPORT' : 'FINDING',
        subjectId,
        field,
        before,
        after,
        createdAt: '2026-01-12T10:00:00.000Z',
        version: 2,
        actor: { __typename: 'User', id: 'u1', displayName: 'Demo Executive', role: 'EXECUTIVE' },
      },
    });
    const fixture = fixtureLink({
      ReportPage: () => ({ data: reportPageData }),
      EditorRevisions: () => ({
        data: {
          revisions: {
            __typename: 'RevisionConnection',
            totalCount: 2,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [
              node('v1', 'report', 'summary', 'A survey.', 'The largest survey of its kind.'),
              node('v2', 'gone', 'label', 'felt unwelcome at meetings', null),
            ],
          },
        },
      }),
    });
    renderApp(`/${ORG}/reports/${REPORT}`, { link: fixture.link });

    const history = await screen.findByRole('region', { name: 'History of the report' });
    await within(history).findByText('Summary changed');
    within(history).getByText(/Key finding “felt unwelcome at meetings”/);
    within(history).getByText('Finding removed');
    expect(fixture.requests.find((request) => request.operationName === 'EditorRevisions')?.variables).toMatchObject({
      subjectType: 'REPORT',
    });
  });
});
