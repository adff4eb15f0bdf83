import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, fixtureLink, type FixtureHandler } from '../../../test/link';
import { renderApp } from '../../../test/render';

const USER = { __typename: 'User', id: 'u1', displayName: 'Amina', role: 'LIAISON' };

function renderInvite(acceptInvite: FixtureHandler, path = '/invite#tok123') {
  const fixture = fixtureLink({ AcceptInvite: acceptInvite, ConsoleMe: () => ({ data: { me: USER } }) });
  const history = renderApp(path, { link: fixture.link });
  return { fixture, history };
}

async function fillAndSubmit() {
  fireEvent.change(await screen.findByLabelText('Display name'), { target: { value: 'Amina' } });
  fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: 'password1234' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and sign in' }));
}

describe('InvitePage', () => {
  it('explains the password policy before submitting', async () => {
    renderInvite(() => ({ data: { acceptInvite: USER } }));
    const password = await screen.findByLabelText(/^New password/);
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByText(/12 to 256 characters; a few words in a row work well/)).toBeTruthy();
  });

  it('shows a refused password on the password field', async () => {
    renderInvite(() => apiErrorResult('BAD_USER_INPUT', { field: 'password' }, 'This password is too common.'));
    await fillAndSubmit();
    await screen.findByText('This password is too common.');
    expect(screen.getByLabelText(/^New password/).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a refused token above the form', async () => {
    renderInvite(() => apiErrorResult('BAD_USER_INPUT', { field: 'token' }, 'This invitation has expired.'));
    await fillAndSubmit();
    await screen.findByText('This invitation has expired.');
    expect(screen.getByLabelText(/^New password/).getAttribute('aria-invalid')).toBeNull();
  });

  it('sends the token from the link and goes to the console', async () => {
    const { fixture, history } = renderInvite(() => ({ data: { acceptInvite: USER } }));
    await fillAndSubmit();
    await waitFor(() => expect(history.location.pathname).toBe('/console'));
    expect(fixture.requests[0]?.variables).toEqual({
      input: { token: 'tok123', displayName: 'Amina', password: 'password1234' },
    });
  });

  it('says so when the link has no token', async () => {
    renderInvite(() => ({ data: { acceptInvite: USER } }), '/invite');
    await screen.findByText(/This invitation link is incomplete/);
  });
});
