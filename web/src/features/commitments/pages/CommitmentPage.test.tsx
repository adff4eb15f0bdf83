import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { commitmentC3Data, commitmentC4Data, ORG, PLAN } from '../../../test/fixtures/demo';
import { fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';

function renderCommitment(reference: string, data = commitmentC3Data) {
  const fixture = fixtureLink({ CommitmentPage: () => ({ data }), CurrentUser: () => ({ data: { me: null } }) });
  renderApp(`/${ORG}/${PLAN}/commitments/${reference}`, { link: fixture.link });
  return fixture;
}

describe('CommitmentPage', () => {
  it('names the licence of a published plan’s open data under its header', async () => {
    renderCommitment('C3');
    const licence = await screen.findByRole('link', { name: 'CC BY 4.0' });
    expect(licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licence.closest('.page-header')).not.toBeNull();
  });

  it('names no licence for a draft’s commitment', async () => {
    renderCommitment('C3', { ...commitmentC3Data, plan: { ...commitmentC3Data.plan!, publishedAt: null } });
    await screen.findByRole('heading', { level: 1, name: /^C3 / });
    expect(screen.queryByText(/Open data under/)).toBeNull();
  });

  it('shows the commitment, its lenses with the disagreement, and what it answers', async () => {
    const { requests } = renderCommitment('C3');

    await screen.findByRole('heading', { level: 1, name: /^C3 Adopt a definition of Islamophobia/ });
    expect(requests.find((request) => request.operationName === 'CommitmentPage')?.variables).toEqual({
      slug: PLAN,
      reference: 'C3',
    });
    expect(document.title).toBe(
      'C3: Adopt a definition of Islamophobia for use in disciplinary cases – Islamophobia Action Plan – Action Plan Tracker',
    );
    screen.getByText('The two accounts disagree');
    const answers = screen.getByRole('region', { name: 'Recommendations it answers' });
    expect(within(answers).getByRole('link', { name: /^R1 / }).getAttribute('href')).toBe(
      `/${ORG}/reports/islamophobia-and-the-muslim-experience#recommendation-R1`,
    );
    within(answers).getByText('Accepted in full');
  });

  it('names an owner of only spaces as missing, as the API counts it', async () => {
    const plan = commitmentC3Data.plan!;
    renderCommitment('C3', {
      ...commitmentC3Data,
      plan: { ...plan, commitment: { ...plan.commitment!, owner: '   ', verifiable: false } },
    });

    await screen.findByText('This commitment cannot be checked', undefined, { timeout: 5000 });
    screen.getByText(/^It has no owner, so nobody can say whether it has been kept\./);
  });

  it('puts milestones on a timeline with their due dates and status', async () => {
    renderCommitment('C4', commitmentC4Data);

    const milestones = await screen.findByRole('region', { name: 'Milestones' });
    const second = within(milestones)
      .getByRole('heading', { name: 'Second quarterly report' })
      .closest('li') as HTMLElement;
    within(second).getByText('Due 27 December 2025');
    within(second).getByText('Missed');
    within(second).getByText('Overdue');
    within(second).getByText('Reason: lack of resources.');
    within(milestones).getByText(/^Today, /);
  });

  it('shows the full history in time order, revisions as diffs, and where there is no evidence', async () => {
    renderCommitment('C4', commitmentC4Data);

    const history = await screen.findByRole('region', { name: 'History' });
    const entries = within(history)
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('history-entry'));
    expect(entries.map((entry) => entry.querySelector('time')?.textContent)).toEqual([
      '25 March 2022',
      '3 October 2025',
      '6 January 2026',
      '26 January 2026',
      '17 March 2026',
      '24 August 2026',
    ]);
    const revision = entries[4];
    within(revision).getByText('Due date changed');
    expect(revision.querySelector('del')?.textContent).toBe('[removed: 27 March 2026]');
    expect(revision.querySelector('ins')?.textContent).toBe('[added: 23 September 2026]');
    within(entries[2]).getByText('No public evidence as of 6 January 2026.');
    within(entries[0]).getByText('Official document');
  });

  it('shows comments read-only, and hidden ones without their text', async () => {
    renderCommitment('C4', commitmentC4Data);
    const comments = await screen.findByRole('region', { name: 'Comments and responses' });
    within(comments).getByText('Hidden by moderators.');
    expect(within(comments).queryByRole('textbox')).toBeNull();
  });

  it('shows the party’s response with its stance, and replies under the comment they answer', async () => {
    renderCommitment('C3');
    const comments = await screen.findByRole('region', { name: 'Comments and responses' });
    within(comments).getByText('Party’s response: disagrees with the assessment');
    const replies = within(comments).getByRole('list', { name: 'Replies' });
    within(replies).getByText('The briefing went to panel chairs first; wider briefing follows.');
  });

  it('shows the not-found page for an unknown reference', async () => {
    const fixture = fixtureLink({
      CommitmentPage: () =>
        ({
          data: { plan: null },
          errors: [{ message: 'No commitment', extensions: { code: 'NOT_FOUND' } }],
        }) as never,
    });
    renderApp(`/${ORG}/${PLAN}/commitments/C99`, { link: fixture.link });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    screen.getByText(/There is no commitment at this address/);
  });

  it('shows the not-found page for a reference longer than any the API gives out', async () => {
    const fixture = fixtureLink({
      CommitmentPage: () =>
        ({
          data: null,
          errors: [
            {
              message: 'reference must be at most 20 characters',
              extensions: { code: 'BAD_USER_INPUT', field: 'reference' },
            },
          ],
        }) as never,
    });
    renderApp(`/${ORG}/${PLAN}/commitments/${'C'.repeat(30)}`, { link: fixture.link });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  });
});
