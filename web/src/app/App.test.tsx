import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render';

describe('app shell and routes', () => {
  it('has a skip link to main, and header, main and footer landmarks', () => {
    renderApp('/does-not-exist');

    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    const main = screen.getByRole('main');
    expect(skip.getAttribute('href')).toBe(`#${main.id}`);
    screen.getByRole('banner');
    screen.getByRole('contentinfo');
  });

  it('shows "Page not found" with a way back for unknown addresses', () => {
    renderApp('/lmn/action-plan-2021/somewhere');

    screen.getByRole('heading', { level: 1, name: 'Page not found' });
    expect(
      screen.getByRole('link', { name: 'See all organisations and their action plans' }).getAttribute('href'),
    ).toBe('/');
    expect(document.title).toBe('Page not found – Action Plan Tracker');
  });

  it('moves focus to main after navigating to another page, but not on the first page load', async () => {
    const history = renderApp('/first');
    expect(document.activeElement).toBe(document.body);

    await act(async () => history.push('/second'));

    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('leaves focus alone when only the query string changes', async () => {
    const history = renderApp('/first');
    const link = screen.getByRole('link', { name: 'Skip to main content' });
    link.focus();

    await act(async () => history.push('/first?q=training'));

    expect(document.activeElement).toBe(link);
  });
});
