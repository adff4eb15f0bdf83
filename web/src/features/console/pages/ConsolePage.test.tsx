import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';

const USER = { __typename: 'User', id: 'u1', displayName: 'Amina', role: 'LIAISON' };

describe('ConsolePage', () => {
  it('sends a signed-out visitor to sign in, coming back here afterwards', async () => {
    const fixture = fixtureLink({ ConsoleMe: () => ({ data: { me: null } }) });
    const history = renderApp('/console', { link: fixture.link });
    await waitFor(() =>
      expect(`${history.location.pathname}${history.location.search}`).toBe('/sign-in?next=%2Fconsole'),
    );
  });

  it('says who is signed in, and signs out to the home page', async () => {
    const fixture = fixtureLink({
      ConsoleMe: () => ({ data: { me: USER } }),
      Logout: () => ({ data: { logout: true } }),
      HomePage: () => ({ data: { organisations: [] } }),
    });
    const history = renderApp('/console', { link: fixture.link });

    await screen.findByText('Signed in as Amina (liaison)');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(history.location.pathname).toBe('/'));
    expect(fixture.requests.map((request) => request.operationName)).toContain('Logout');
  });
});
