import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createCache } from '../apollo/client';
import { App } from '../app/App';
import { createMemoryHistory, RouterProvider, type RouterHistory } from '../router';

export interface RenderAppOptions {
  mocks?: MockLink.MockedResponse[];
  link?: ApolloLink;
}

/** The whole app at `path`, with the app's own cache (so its type policies are exercised). */
export function renderApp(path: string, { mocks = [], link }: RenderAppOptions = {}): RouterHistory {
  const history = createMemoryHistory(path);
  render(
    <MockedProvider mocks={mocks} link={link} cache={createCache()}>
      <RouterProvider history={history}>
        <App />
      </RouterProvider>
    </MockedProvider>,
  );
  return history;
}

/** A component that renders links, inside a router at `path`. */
export function renderWithRouter(ui: ReactNode, path = '/'): RouterHistory {
  const history = createMemoryHistory(path);
  render(<RouterProvider history={history}>{ui}</RouterProvider>);
  return history;
}
