import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ORG, PLAN, planDashboardData } from '../../../test/fixtures/demo';
import { fixtureLink, notFound, type FixtureHandler } from '../../../test/link';
import { renderApp } from '../../../test/render';

const path = `/${ORG}/${PLAN}`;

function renderDashboard(handler: FixtureHandler = () => ({ data: planDashboardData }), at = path) {
  const fixture = fixtureLink({ PlanDashboard: handler });
  const history = renderApp(at, { link: fixture.link });
  return { ...fixture, history };
}

describe('PlanDashboardPage', () => {
  it('shows the plan’s headline: milestones complete, and commitments by assessment kept apart', async () => {
    const { requests } = renderDashboard();

    await screen.findByRole('heading', { level: 1, name: 'Islamophobia Action Plan' });
    expect(requests[0].variables).toEqual({ slug: PLAN });
    expect(document.title).toBe('Islamophobia Action Plan – Labour Muslim Network – Action Plan Tracker');
    screen.getByText('Illustrative data');

    const milestones = screen.getByRole('progressbar', { name: 'Milestones complete' });
    expect(milestones.getAttribute('aria-valuenow')).toBe('18');
    expect(milestones.getAttribute('aria-valuemax')).toBe('40');
    screen.getByText('18 of 40 milestones complete (45%)');

    screen.getByText('10 of 12 commitments assessed');
    expect(screen.getByRole('img', { name: /^Commitments by assessment: / }).getAttribute('aria-label')).toContain(
      'Complete 3 (30%)',
    );
    screen.getByRole('link', { name: '4 overdue' });
    screen.getByRole('link', { name: '1 cannot be checked' });
    screen.getAllByText('How these numbers are computed');
  });

  it('shows a draft’s preview to its organisation under a banner saying only they can see it', async () => {
    renderDashboard(() => ({ data: { plan: { ...planDashboardData.plan!, publishedAt: null } } }));

    await screen.findByRole('heading', { level: 1, name: 'Islamophobia Action Plan' });
    const banner = screen.getByRole('note');
    within(banner).getByText('Draft — only your organisation can see this.');
    within(banner).getByText('Draft');
    // A draft is not open data: no public download, no licence line.
    expect(screen.queryByRole('heading', { name: 'Download the data' })).toBeNull();
    expect(screen.queryByText(/Open data under/)).toBeNull();
  });

  it('offers the published plan’s data to download, under its licence', async () => {
    renderDashboard();

    await screen.findByRole('heading', { level: 1, name: 'Islamophobia Action Plan' });
    const header = screen.getAllByRole('banner').find((element) => element.classList.contains('page-header'));
    expect(within(header!).getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(within(header!).getByRole('link', { name: 'Download the data' }).getAttribute('href')).toBe('#download');

    const section = screen.getByRole('region', { name: 'Download the data' });
    expect(within(section).getByRole('link', { name: 'Spreadsheet files (CSV, .zip)' }).getAttribute('href')).toBe(
      `/data/${ORG}/${PLAN}.zip`,
    );
    expect(within(section).getByRole('link', { name: 'One JSON document' }).getAttribute('href')).toBe(
      `/data/${ORG}/${PLAN}.json`,
    );
    within(section).getByRole('link', { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)' });
  });

  it('shows no draft banner on a published plan', async () => {
    renderDashboard();

    await screen.findByRole('heading', { level: 1, name: 'Islamophobia Action Plan' });
    expect(screen.queryByText('Draft — only your organisation can see this.')).toBeNull();
  });

  it('lists what needs attention: overdue, due soon, disagreements and what cannot be checked', async () => {
    renderDashboard();

    const overdue = await screen.findByRole('region', { name: 'Overdue (4)' });
    expect(
      within(overdue)
        .getByRole('link', { name: /^C3 Adopt a definition/ })
        .getAttribute('href'),
    ).toBe(`/${ORG}/${PLAN}/commitments/C3`);
    within(screen.getByRole('region', { name: 'Due in the next 30 days (2)' })).getByRole('link', { name: /^C5 / });
    const differs = screen.getByRole('region', { name: 'The party’s account differs (1)' });
    within(differs).getByText('Assessed:');
    within(differs).getByText('Party says:');
    const unverifiable = screen.getByRole('region', { name: 'Cannot be checked (1)' });
    within(unverifiable).getByRole('link', { name: /^C9 / });
    within(unverifiable).getByText('Has no owner, no due date and no success criteria.');
  });

  it('shows themes, progress over time, latest updates and the report’s seven findings', async () => {
    renderDashboard();

    const themes = await screen.findByRole('region', { name: 'By theme' });
    expect(within(themes).getByRole('link', { name: 'Complaints' }).getAttribute('href')).toBe(
      `/${ORG}/${PLAN}/commitments?theme=Complaints`,
    );
    const progress = screen.getByRole('region', { name: 'Progress over time' });
    within(progress).getByRole('img', { name: /^Commitments by assessment, from/ });
    within(progress).getByRole('img', { name: /^Milestones complete, from/ });
    const updates = screen.getByRole('region', { name: 'Latest updates' });
    expect(within(updates).getAllByRole('listitem')).toHaveLength(6);
    const findings = screen.getByRole('list', { name: 'Key findings of Islamophobia and the Muslim Experience' });
    expect(
      within(findings)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.findings__value')?.textContent),
    ).toEqual(['29%', '37%', '44%', '48%', '59%', '55%', '56%']);
  });

  it('shows the not-found page for an unknown plan', async () => {
    renderDashboard(() => notFound('plan'), `/${ORG}/no-such-plan`);

    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    screen.getByText(/There is no plan at this address/);
    expect(document.title).toBe('Page not found – Action Plan Tracker');
  });

  it('shows the not-found page when the plan belongs to another organisation', async () => {
    renderDashboard(undefined, `/another-organisation/${PLAN}`);
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  });

  it('explains that the server cannot be reached', async () => {
    renderDashboard(() => new TypeError('Failed to fetch'));

    const alert = await screen.findByRole('alert');
    within(alert).getByRole('heading', { level: 1, name: 'The plan could not be loaded' });
    within(alert).getByRole('button', { name: 'Try again' });
    expect(document.title).toBe('The plan could not be loaded – Action Plan Tracker');
  });
});
