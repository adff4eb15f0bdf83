import { MockedProvider } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from './routes';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MockedProvider mocks={[]}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

describe('app shell and routes', () => {
  it('has a skip link to main, and header, main and footer landmarks', () => {
    renderAt('/does-not-exist');

    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    const main = screen.getByRole('main');
    expect(skip.getAttribute('href')).toBe(`#${main.id}`);
    screen.getByRole('banner');
    screen.getByRole('contentinfo');
  });

  it('shows "Page not found" with a way back for unknown addresses', () => {
    renderAt('/lmn/action-plan-2021');

    screen.getByRole('heading', { level: 1, name: 'Page not found' });
    expect(
      screen.getByRole('link', { name: 'See all organisations and their action plans' }).getAttribute('href'),
    ).toBe('/');
    expect(document.title).toBe('Page not found – Action Plan Tracker');
  });

  it('moves focus to main after navigating, but not on the first page load', async () => {
    const router = renderAt('/first');
    expect(document.activeElement).toBe(document.body);

    await act(() => router.navigate('/second'));

    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
