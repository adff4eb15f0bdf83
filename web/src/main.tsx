import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from './apollo/client';
import { Providers } from './app/Providers';
import { FORMATTERS } from './lib/format';
import { App } from './app/App';
import { createBrowserHistory, createScrollMemory, RouterProvider } from './router';
import { readState } from './ssr/state';
import './app/styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** How long, after a page rendered on the server, queries are answered from the cache it brought. */
const HYDRATION_CACHE_MS = 1000;

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

// The app restores scroll positions itself, once a page's data is back (router/scroll.ts).
window.history.scrollRestoration = 'manual';

// A public page may come rendered on the server with the data it shows: the app then takes
// over that markup (hydrates it) with the same data, asking the API for nothing.
const state = container.firstElementChild ? readState(document) : null;
const history = createBrowserHistory();
const scrollMemory = createScrollMemory(sessionStorageOrNull());

const appWith = (client: ApolloClient) => (
  <StrictMode>
    <Providers client={client} today={state?.today}>
      <RouterProvider history={history} scrollMemory={scrollMemory}>
        <App />
      </RouterProvider>
    </Providers>
  </StrictMode>
);

/** Runs each step in a task of its own, in order, handing the main thread back (to input first) between them. */
function oneTaskEach(steps: readonly (() => unknown)[]): void {
  const [step, ...rest] = steps;
  if (step)
    setTimeout(() => {
      step();
      oneTaskEach(rest);
    });
}

// Evaluating the app's modules (public/start-app.js), making the Apollo client, restoring its
// cache, making each formatter (which loads the locale data) and hydrating are tasks of their
// own. Hydrating as a transition lets React take over the markup in slices of a few
// milliseconds instead of in one long task; the page stays as the server rendered it meanwhile,
// and becomes interactive as soon as it is done. Markdown blocks keep the server's markup, so
// their renderer is not needed to hydrate (ui/LazyMarkdown.tsx).
if (state) {
  let client: ApolloClient;
  oneTaskEach([
    () => (client = createApolloClient({ ssrForceFetchDelay: HYDRATION_CACHE_MS })),
    () => client.cache.restore(state.apollo),
    ...FORMATTERS,
    () => startTransition(() => void hydrateRoot(container, appWith(client))),
  ]);
} else createRoot(container).render(appWith(createApolloClient()));
