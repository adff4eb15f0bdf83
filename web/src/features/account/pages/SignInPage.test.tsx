import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, fixtureLink, type FixtureHandler } from '../../../test/link';
import { renderApp } from '../../../test/render';
import { safeNextPath } from '../lib/nextPath';

const USER = { __typename: 'User', id: 'u1', displayName: 'Amina', role: 'EXECUTIVE' };

function renderSignIn(login: FixtureHandler, path = '/sign-in') {
  const fixture = fixtureLink({
    Login: login,
    Workspace: () => ({
      data: {
        workspace: {
          __typename: 'Workspace',
          email: 'amina@example.org',
          user: USER,
          organisation: null,
          plans: [],
          awaitingResponse: [],
        },
      },
    }),
  });
  const history = renderApp(path, { link: fixture.link });
  return { fixture, history };
}

async function fillAndSubmit(email = 'amina@example.org', password = 'not the right one') {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('has labelled fields with the autocomplete the password managers expect', async () => {
    renderSignIn(() => ({ data: { login: USER } }));
    expect((await screen.findByLabelText('Email')).getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('current-password');
    // The title is set by an effect, which may run after the fields are on screen.
    await waitFor(() => expect(document.title).toBe('Sign in – Action Plan Tracker'));
  });

  it('says the email or password is wrong, and keeps the email', async () => {
    const { fixture } = renderSignIn(() => apiErrorResult('UNAUTHENTICATED', {}, 'Email or password is wrong.'));
    await fillAndSubmit();

    await screen.findByText('Email or password is wrong.');
    expect(screen.getByLabelText<HTMLInputElement>('Email').value).toBe('amina@example.org');
    expect(fixture.requests[0]).toMatchObject({
      operationName: 'Login',
      variables: { input: { email: 'amina@example.org', password: 'not the right one' } },
    });
  });

  it('shows the server’s message when too many attempts were made', async () => {
    renderSignIn(() =>
      apiErrorResult('RATE_LIMITED', {}, 'Too many failed attempts. Wait 15 minutes, then try again.'),
    );
    await fillAndSubmit();
    await screen.findByText('Too many failed attempts. Wait 15 minutes, then try again.');
  });

  it('explains a network failure', async () => {
    renderSignIn(() => new Error('Failed to fetch'));
    await fillAndSubmit();
    await screen.findByText(/could not reach the tracker’s server/);
  });

  it('goes to a same-site `next` path once signed in', async () => {
    const { history } = renderSignIn(() => ({ data: { login: USER } }), '/sign-in?next=%2Flmn%2Fplan');
    await fillAndSubmit('amina@example.org', 'the right password');
    await waitFor(() => expect(history.location.pathname).toBe('/lmn/plan'));
  });

  it('goes to the console when `next` points to another site', async () => {
    const { history } = renderSignIn(() => ({ data: { login: USER } }), '/sign-in?next=%2F%2Fevil.example');
    await fillAndSubmit('amina@example.org', 'the right password');
    await waitFor(() => expect(history.location.pathname).toBe('/console'));
    await screen.findByRole('heading', { level: 1, name: 'Console' });
    screen.getByText('Amina · Executive');
  });
});

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/console')).toBe('/console');
    expect(safeNextPath('/lmn/plan?q=a#b')).toBe('/lmn/plan?q=a#b');
  });

  it('refuses anything that could lead to another site', () => {
    for (const next of [null, '', 'console', 'https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil']) {
      expect(safeNextPath(next)).toBe('/console');
    }
  });
});
