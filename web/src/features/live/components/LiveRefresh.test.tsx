import { MockedProvider } from '@apollo/client/testing/react';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../apollo/client';
import { inActEnvironment } from '../../../test/actEnvironment';
import { fixtureLink } from '../../../test/link';
import { PlanChangedSubscription } from '../graphql/live';
import { LIVE_AFTER_MS } from '../hooks/useLiveRefresh';
import { LiveRefresh } from './LiveRefresh';

describe('LiveRefresh', () => {
  inActEnvironment();
  let root: Root | null = null;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    vi.useRealTimers();
  });

  it('renders only itself again, never the page around it: not on hydrating, subscribing or hearing a change', async () => {
    const fixture = fixtureLink({
      PlanChanged: () => ({ data: { planChanged: { sequence: 8, kind: 'STATUS_UPDATE', commitmentId: null } } }),
    });
    const refetch = vi.fn(() => Promise.resolve());
    let pageRenders = 0;
    const page = () => {
      const Page = () => {
        pageRenders += 1;
        return (
          <main>
            <h1>The plan</h1>
            <LiveRefresh
              subscription={PlanChangedSubscription}
              variables={{ slug: 'the-plan' }}
              seen={7}
              refetch={refetch}
            />
          </main>
        );
      };
      return (
        <MockedProvider link={fixture.link} cache={createCache()}>
          <Page />
        </MockedProvider>
      );
    };
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(page());
    expect(fixture.requests).toEqual([]);
    pageRenders = 0;

    root = await act(async () => hydrateRoot(container, page()));
    expect(pageRenders).toBe(1);
    await act(async () => vi.advanceTimersByTime(LIVE_AFTER_MS - 1));
    expect(fixture.requests).toEqual([]);

    await act(async () => vi.advanceTimersByTime(1));
    await act(async () => vi.advanceTimersByTime(1));
    expect(fixture.requests).toEqual([{ operationName: 'PlanChanged', variables: { slug: 'the-plan' } }]);
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Updated just now');
    expect(pageRenders).toBe(1);
  });
});
