import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WorkspaceQuery } from '../../../__generated__/graphql';
import { apiErrorResult, fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';

const LAZY = { timeout: 5000 };

const WORKSPACE: WorkspaceQuery = {
  workspace: {
    __typename: 'Workspace',
    email: 'liaison@example.org',
    user: { __typename: 'User', id: 'u2', displayName: 'Sam', role: 'LIAISON' },
    organisation: null,
    plans: [],
    awaitingResponse: [],
  },
};
const SIGNED_IN = {
  Workspace: () => ({ data: WORKSPACE }),
  CurrentUser: () => ({ data: { me: WORKSPACE.workspace.user } }),
};

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the account page', () => {
  it('is linked from the console’s header, for liaisons too', async () => {
    const history = renderApp('/console', { link: fixtureLink(SIGNED_IN).link });
    fireEvent.click(await screen.findByRole('link', { name: 'Your account' }, LAZY));
    await waitFor(() => expect(history.location.pathname).toBe('/console/account'));
    expect(await screen.findByRole('heading', { name: 'Your account' }, LAZY)).toBeTruthy();
  });

  it('changes the password, showing each refusal beside its field', async () => {
    let attempts = 0;
    const fixture = fixtureLink({
      ...SIGNED_IN,
      ChangePassword: () =>
        ++attempts === 1
          ? apiErrorResult('BAD_USER_INPUT', { field: 'currentPassword' }, 'Your current password is wrong.')
          : { data: { changePassword: { __typename: 'User', id: 'u2' } } },
    });
    renderApp('/console/account', { link: fixture.link });
    await screen.findByRole('heading', { name: 'Change your password' }, LAZY);

    type('Current password', 'the old passphrase');
    type('New password', 'a brand new passphrase');
    type('New password again', 'a brand new passphrase!');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The two new passwords differ: type the same one twice.')).toBeTruthy();
    expect(fixture.requests.map((r) => r.operationName)).not.toContain('ChangePassword');

    type('New password again', 'a brand new passphrase');
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your current password is wrong.')).toBeTruthy();
    expect(screen.getByLabelText('Current password').getAttribute('aria-invalid')).toBe('true');
    // Focus moves in an effect after the message shows: on a busy machine, a moment later.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Current password')));

    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(
      await screen.findByText('Your password is changed. You stay signed in here; your other sessions have ended.'),
    ).toBeTruthy();
    expect(fixture.requests.filter((r) => r.operationName === 'ChangePassword').at(-1)!.variables).toEqual({
      input: { currentPassword: 'the old passphrase', newPassword: 'a brand new passphrase' },
    });
    expect(screen.getByLabelText<HTMLInputElement>('Current password').value).toBe('');
  });

  it('signs out everywhere and leaves for the home page', async () => {
    const fixture = fixtureLink({
      ...SIGNED_IN,
      SignOutEverywhere: () => ({ data: { signOutEverywhere: 2 } }),
      HomePage: () => ({ data: { organisations: [] } }),
    });
    const history = renderApp('/console/account', { link: fixture.link });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere' }, LAZY));
    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(fixture.requests.map((r) => r.operationName)).toContain('SignOutEverywhere');
  });
});
