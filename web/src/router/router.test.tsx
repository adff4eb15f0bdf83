import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from './history';
import { Link } from './Link';
import { RouterProvider, useLocation, useSearchParams } from './Router';

function Where() {
  const location = useLocation();
  const params = useSearchParams();
  return (
    <p data-testid="where">
      {location.pathname}
      {location.search} q={params.get('q') ?? ''}
    </p>
  );
}

function renderRouter(path = '/') {
  const history = createMemoryHistory(path);
  render(
    <RouterProvider history={history}>
      <Link to="/lmn/plan?q=training">The plan</Link>
      <Where />
    </RouterProvider>,
  );
  return history;
}

describe('router', () => {
  it('renders links as real anchors and follows them in the app on a plain click', () => {
    const history = renderRouter();
    const link = screen.getByRole('link', { name: 'The plan' });
    expect(link.getAttribute('href')).toBe('/lmn/plan?q=training');

    const click = fireEvent.click(link, { button: 0 });

    expect(click).toBe(false); // default prevented: no page load
    expect(history.location.pathname).toBe('/lmn/plan');
    expect(screen.getByTestId('where').textContent).toBe('/lmn/plan?q=training q=training');
  });

  it('leaves modified clicks (new tab, new window) to the browser', () => {
    const history = renderRouter();
    const link = screen.getByRole('link', { name: 'The plan' });

    for (const modifier of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }]) {
      expect(fireEvent.click(link, { button: 0, ...modifier })).toBe(true);
    }
    expect(history.location.pathname).toBe('/');
  });

  it('goes back and forward', async () => {
    const history = renderRouter('/start');
    fireEvent.click(screen.getByRole('link', { name: 'The plan' }));

    await act(async () => history.go(-1));
    expect(screen.getByTestId('where').textContent).toBe('/start q=');

    await act(async () => history.go(1));
    expect(screen.getByTestId('where').textContent).toBe('/lmn/plan?q=training q=training');
  });

  it('resolves relative addresses and keeps state with the entry', () => {
    const history = createMemoryHistory('/lmn/plan/commitments?theme=Education');
    history.push('?theme=Complaints', { from: 'filters' });
    expect(history.location).toMatchObject({
      pathname: '/lmn/plan/commitments',
      search: '?theme=Complaints',
      state: { from: 'filters' },
    });
    history.replace('/');
    expect(history.location.state).toBeNull();
  });
});
