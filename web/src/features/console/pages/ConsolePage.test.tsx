import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkspaceQuery } from '../../../__generated__/graphql';
import { fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';

const ORGANISATION = { __typename: 'Organisation', id: 'o1', slug: 'lmn' } as const;
const PLAN = {
  __typename: 'ActionPlan',
  id: 'p1',
  slug: 'plan-a',
  title: 'Islamophobia Action Plan',
  counterpart: 'Labour Party',
  publishedAt: '2026-11-22T12:00:00.000Z',
  organisation: ORGANISATION,
  summary: { __typename: 'PlanSummary', commitmentsTotal: 12, unassessedCount: 2, overdueCount: 4 },
} as const;

function workspace(role: 'EXECUTIVE' | 'LIAISON'): WorkspaceQuery {
  return {
    workspace: {
      __typename: 'Workspace',
      email: 'someone@example.org',
      user: { __typename: 'User', id: 'u1', displayName: 'Amina', role },
      organisation:
        role === 'EXECUTIVE'
          ? {
              ...ORGANISATION,
              name: 'Labour Muslim Network',
              reports: [
                {
                  __typename: 'Report',
                  id: 'r1',
                  slug: 'the-report',
                  title: 'The report',
                  publishedOn: null,
                  recommendations: [{ __typename: 'Recommendation', id: 'rec1' }],
                },
              ],
            }
          : null,
      plans: [PLAN],
      awaitingResponse:
        role === 'LIAISON'
          ? [
              {
                __typename: 'Commitment',
                id: 'c3',
                reference: 'C3',
                title: 'Adopt a definition',
                assessment: 'LIMITED',
                partyReported: 'SUBSTANTIAL',
                assessmentEntry: { __typename: 'StatusUpdate', id: 's1', createdAt: '2025-11-07T10:00:00.000Z' },
                plan: { __typename: 'ActionPlan', id: 'p1', slug: 'plan-a', organisation: ORGANISATION },
              },
            ]
          : [],
    },
  };
}

// The console's chunks load on first use; the first render of a test can take a while.
const LAZY = { timeout: 5000 };

const signedIn = (role: 'EXECUTIVE' | 'LIAISON') => ({
  Workspace: () => ({ data: workspace(role) }),
  CurrentUser: () => ({ data: { me: workspace(role).workspace.user } }),
});

describe('the console', () => {
  it('sends a signed-out visitor to sign in, coming back to the page they asked for', async () => {
    const fixture = fixtureLink({
      Workspace: () => ({ errors: [new GraphQLError('Sign in', { extensions: { code: 'UNAUTHENTICATED' } })] }),
      CurrentUser: () => ({ data: { me: null } }),
    });
    const history = renderApp('/console/moderation', { link: fixture.link });
    await waitFor(() =>
      expect(`${history.location.pathname}${history.location.search}`).toBe('/sign-in?next=%2Fconsole%2Fmoderation'),
    );
  });

  it('marks a draft plan as a draft in the list of plans', async () => {
    const data = workspace('EXECUTIVE');
    const draft = { ...PLAN, id: 'p2', slug: 'plan-b', title: 'The next plan', publishedAt: null };
    const fixture = fixtureLink({
      ...signedIn('EXECUTIVE'),
      Workspace: () => ({ data: { workspace: { ...data.workspace, plans: [PLAN, draft] } } }),
    });
    renderApp('/console', { link: fixture.link });

    const link = await screen.findByRole('link', { name: 'The next plan' }, LAZY);
    const item = link.closest('li')!;
    within(item).getByText('Draft');
    const published = screen.getByRole('link', { name: 'Islamophobia Action Plan' }).closest('li')!;
    expect(within(published).queryByText('Draft')).toBeNull();
  });

  it('shows an executive their plans and reports with their editors, and signs out to the home page, forgetting drafts', async () => {
    window.localStorage.setItem('tracker.draft.update:c1', '{"narrative":"half-written"}');
    window.localStorage.setItem('unrelated', 'kept');
    const fixture = fixtureLink({
      ...signedIn('EXECUTIVE'),
      Logout: () => ({ data: { logout: true } }),
      HomePage: () => ({ data: { organisations: [] } }),
    });
    const history = renderApp('/console', { link: fixture.link });

    expect((await screen.findByRole('link', { name: 'Islamophobia Action Plan' }, LAZY)).getAttribute('href')).toBe(
      '/console/plans/plan-a',
    );
    expect(screen.getByRole('link', { name: 'The report' }).getAttribute('href')).toBe('/console/reports/the-report');
    expect(screen.queryByText('Draft')).toBeNull();
    expect(screen.getByRole('link', { name: 'Moderation' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(fixture.requests.map((request) => request.operationName)).toContain('Logout');
    expect(window.localStorage.getItem('tracker.draft.update:c1')).toBeNull();
    expect(window.localStorage.getItem('unrelated')).toBe('kept');
  });

  it('shows a liaison the assessments waiting for their response, linked to the public commitment page', async () => {
    renderApp('/console', { link: fixtureLink(signedIn('LIAISON')).link });

    expect(await screen.findByRole('heading', { name: 'Waiting for your response' }, LAZY)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'C3 · Adopt a definition' }).getAttribute('href')).toBe(
      '/lmn/plan-a/commitments/C3',
    );
    expect(screen.queryByRole('link', { name: 'Moderation' })).toBeNull();
    // The count in the console's header, read out with what it counts.
    const overview = screen.getByRole('link', { name: /^Overview/ });
    expect(overview.textContent).toBe('Overview1 (1 waiting for your response)');
  });

  it('tells a liaison that an executive’s page is not for them, without asking the API', async () => {
    const fixture = fixtureLink(signedIn('LIAISON'));
    renderApp('/console/moderation', { link: fixture.link });

    expect(await screen.findByRole('heading', { name: 'For executives only' }, LAZY)).toBeTruthy();
    expect(fixture.requests.map((request) => request.operationName)).not.toContain('Moderation');
  });
});
