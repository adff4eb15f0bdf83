/**
 * The server's entry to the app (built by `vite build --ssr` into web/dist-server/entry-server.cjs,
 * never served): renders a public page for an address with the same providers, router and pages
 * as the browser, its data fetched through the Apollo client the page uses, and returns the
 * markup, the state the browser hydrates from, the title and the HTTP status.
 */
import { ApolloClient, HttpLink } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { createCache } from '../apollo/client';
import { App } from '../app/App';
import { Providers } from '../app/Providers';
import { RenderOutcome, RenderOutcomeContext } from '../lib/serverRender';
import { pageTitle } from '../lib/useDocumentTitle';
import { createMemoryHistory, RouterProvider } from '../router';
import { matchRoute } from '../routes/matchRoute';
import type { RouteName } from '../routes/table';
import { serializeState, STATE_ELEMENT_ID } from './state';
import baseCss from '../app/styles/base.css?inline';
import tokensCss from '../app/styles/tokens.css?inline';
import {
  renderEmbed as renderEmbedWithTokens,
  type EmbedRenderOptions,
  type RenderedEmbed,
} from '../features/embed/renderEmbed';

export { STATE_ELEMENT_ID };

/**
 * The public pages rendered on the server, each with the source module of its page: the built
 * app's manifest names the chunk (and the styles) the browser loads for it.
 */
const PUBLIC_PAGES: Partial<Record<RouteName, string>> = {
  home: 'src/features/organisations/pages/HomePage.tsx',
  plan: 'src/features/plans/pages/PlanDashboardPage.tsx',
  commitments: 'src/features/commitments/pages/CommitmentsListPage.tsx',
  commitment: 'src/features/commitments/pages/CommitmentPage.tsx',
  report: 'src/features/reports/pages/ReportPage.tsx',
  roundtables: 'src/features/roundtables/pages/RoundtablesPage.tsx',
  roundtable: 'src/features/roundtables/pages/RoundtablePage.tsx',
};

/** The source module of the public page at `pathname` (as the manifest names it), or null for any other address. */
export function publicPageModule(pathname: string): string | null {
  const route = matchRoute(pathname);
  return (route && PUBLIC_PAGES[route.name]) ?? null;
}

export interface RenderOptions {
  /** The page's address inside the app: path and query string. */
  url: string;
  /** Today, YYYY-MM-DD in Europe/London, by the server's clock. */
  today: string;
  /** Sends the page's GraphQL requests and gives their answers, as the browser's fetch would for an anonymous reader. */
  fetch: typeof fetch;
  /** Stops the render (its requests included) when aborted. */
  signal?: AbortSignal;
}

export interface RenderedPage {
  /** 404 when the page shows "not found" (an unknown or draft plan, commitment or report). */
  status: 200 | 404;
  /** The document's title, as the page sets it in the browser. */
  title: string;
  /** The page's Atom feed, for `<link rel="alternate">` in the head; null when it has none. */
  feed: { href: string; title: string } | null;
  /** The markup inside `#root`. */
  html: string;
  /** The page's state as JSON that is safe inside `<script type="application/json">`. */
  state: string;
}

/** The most render passes: the pages ask for their data in one query, two with the header's. */
const MAX_PASSES = 10;

/**
 * Renders the public page at `url`. Throws when the address is not a public page, when a
 * query fails (the page would show an error instead of its content) or when React cannot
 * render it: the server then sends the app without content, which renders in the browser.
 */
export async function renderPage({ url, today, fetch, signal }: RenderOptions): Promise<RenderedPage> {
  const pathname = url.split(/[?#]/)[0];
  if (!publicPageModule(pathname)) throw new Error('not a public page');
  const cache = createCache();
  const client = new ApolloClient({ ssrMode: true, link: new HttpLink({ uri: '/graphql', fetch }), cache });
  const outcome = new RenderOutcome();
  const errors: unknown[] = [];
  const tree = (
    <StrictMode>
      <RenderOutcomeContext.Provider value={outcome}>
        <Providers client={client} today={today}>
          <RouterProvider history={createMemoryHistory(url)}>
            <App />
          </RouterProvider>
        </Providers>
      </RenderOutcomeContext.Provider>
    </StrictMode>
  );
  try {
    const { result, aborted } = await prerenderStatic({
      tree,
      context: { client },
      signal,
      maxRerenders: MAX_PASSES,
      renderFunction: (element) => {
        // Each pass starts afresh: what the last pass, with all its data, recorded is the page's.
        outcome.reset();
        return prerenderToNodeStream(element, {
          signal,
          onError: (error) => void errors.push(error),
          progressiveChunkSize: Number.POSITIVE_INFINITY,
        });
      },
    });
    if (aborted) throw new Error('the render was stopped');
    if (errors.length > 0) throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
    if (outcome.failed) throw new Error('a query of the page failed');
    return {
      status: outcome.notFound ? 404 : 200,
      title: outcome.title ?? pageTitle(null),
      feed: outcome.feed,
      html: result,
      state: serializeState({ apollo: cache.extract(), today }),
    };
  } finally {
    client.stop();
  }
}

/** The embeds for other sites (`/embed/…`), with the app's design tokens and base styles inline. */
export function renderEmbed(options: EmbedRenderOptions): Promise<RenderedEmbed> {
  return renderEmbedWithTokens(`${tokensCss}\n${baseCss}`, options);
}
