import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PeopleQuery, WorkspaceQuery } from '../../../__generated__/graphql';
import { apiErrorResult, fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';

const LAZY = { timeout: 5000 };
const PLAN = { __typename: 'ActionPlan', id: 'p1', slug: 'plan-a', title: 'Islamophobia Action Plan' } as const;

function workspace(role: 'EXECUTIVE' | 'LIAISON'): WorkspaceQuery {
  return {
    workspace: {
      __typename: 'Workspace',
      email: 'executive@example.org',
      user: { __typename: 'User', id: 'u1', displayName: 'Amina', role },
      organisation:
        role === 'EXECUTIVE'
          ? { __typename: 'Organisation', id: 'o1', slug: 'lmn', name: 'Labour Muslim Network', reports: [] }
          : null,
      plans: [],
      awaitingResponse: [],
    },
  };
}

function people(enabled = true): PeopleQuery {
  return {
    workspace: {
      __typename: 'Workspace',
      user: { __typename: 'User', id: 'u1' },
      people: [
        {
          __typename: 'OrganisationAccount',
          id: 'u1',
          displayName: 'Amina',
          email: 'executive@example.org',
          role: 'EXECUTIVE',
          plans: [],
          lastSignInAt: '2026-11-20T10:00:00.000Z',
          enabled: true,
        },
        {
          __typename: 'OrganisationAccount',
          id: 'u2',
          displayName: 'Sam',
          email: 'liaison@example.org',
          role: 'LIAISON',
          plans: [PLAN],
          lastSignInAt: null,
          enabled,
        },
      ],
      invitations: [
        {
          __typename: 'PendingInvitation',
          id: 'i1',
          email: 'invited@example.org',
          role: 'LIAISON',
          plan: PLAN,
          invitedAt: '2026-11-01T10:00:00.000Z',
          expiresAt: '2026-11-04T10:00:00.000Z',
          expired: true,
        },
      ],
    },
  };
}

const signedIn = (role: 'EXECUTIVE' | 'LIAISON') => ({
  Workspace: () => ({ data: workspace(role) }),
  CurrentUser: () => ({ data: { me: workspace(role).workspace.user } }),
});

describe('the People page', () => {
  it('lists the accounts with email, role, plans, last sign-in and status, and disables one', async () => {
    let sam = true;
    const fixture = fixtureLink({
      ...signedIn('EXECUTIVE'),
      People: () => ({ data: people(sam) }),
      DisableUser: () => {
        sam = false;
        return { data: { disableUser: { __typename: 'User', id: 'u2' } } };
      },
    });
    renderApp('/console/people', { link: fixture.link });

    const entry = await screen.findByRole('listitem', { name: 'Sam' }, LAZY);
    expect(within(entry).getByText('liaison@example.org')).toBeTruthy();
    expect(within(entry).getByText('Islamophobia Action Plan')).toBeTruthy();
    expect(within(entry).getByText('Never')).toBeTruthy();
    const self = screen.getByRole('listitem', { name: /^Amina/ });
    expect(within(self).getByText('20 November 2026')).toBeTruthy();
    // Nobody disables themselves: the button is not there.
    expect(within(self).queryByRole('button')).toBeNull();

    fireEvent.click(within(entry).getByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('Sam is disabled and signed out.')).toBeTruthy();
    expect(fixture.requests.find((r) => r.operationName === 'DisableUser')!.variables).toEqual({
      input: { id: 'u2' },
    });
    await waitFor(() => expect(within(entry).getByText('Disabled: cannot sign in')).toBeTruthy());
    expect(within(entry).getByRole('button', { name: 'Enable' })).toBeTruthy();
  });

  it('re-sends an invitation, showing its new link once, and says why a revocation was refused', async () => {
    const fixture = fixtureLink({
      ...signedIn('EXECUTIVE'),
      People: () => ({ data: people() }),
      ResendInvitation: () => ({
        data: {
          resendInvitation: {
            __typename: 'Invitation',
            id: 'i1',
            email: 'invited@example.org',
            role: 'LIAISON',
            expiresAt: '2026-12-02T10:00:00.000Z',
            url: 'http://localhost/invite#new-token',
          },
        },
      }),
      RevokeInvitation: () =>
        apiErrorResult('FORBIDDEN', {}, 'You may only manage invitations of your own organisation.'),
    });
    renderApp('/console/people', { link: fixture.link });

    const entry = await screen.findByRole('listitem', { name: 'invited@example.org' }, LAZY);
    expect(within(entry).getByText('Expired')).toBeTruthy();
    fireEvent.click(within(entry).getByRole('button', { name: 'Re-send link' }));
    expect(await within(entry).findByText('http://localhost/invite#new-token')).toBeTruthy();
    expect(within(entry).getByRole('heading', { name: 'New link for invited@example.org' })).toBeTruthy();

    fireEvent.click(within(entry).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('You may only manage invitations of your own organisation.')).toBeTruthy();
    expect(fixture.requests.find((r) => r.operationName === 'RevokeInvitation')!.variables).toEqual({
      input: { id: 'i1' },
    });
  });

  it('tells a liaison the page is not for them, without asking for the people', async () => {
    const fixture = fixtureLink(signedIn('LIAISON'));
    renderApp('/console/people', { link: fixture.link });

    expect(await screen.findByRole('heading', { name: 'For executives only' }, LAZY)).toBeTruthy();
    expect(fixture.requests.map((request) => request.operationName)).not.toContain('People');
  });
});
