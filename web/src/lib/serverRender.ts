import { createContext, useContext } from 'react';

/**
 * What a render on the server learns about its page besides the markup: the document's title,
 * whether the page is "not found", and whether a query failed (the server then sends the plain
 * app instead). In the browser there is none, and the hooks below do nothing.
 */
export class RenderOutcome {
  title: string | null = null;
  notFound = false;
  failed = false;
  /** The page's Atom feed, named in the head of the page sent (`useFeedLink`). */
  feed: { href: string; title: string } | null = null;

  /** The first title of a render is kept (see `useServerTitle`). */
  recordTitle(title: string): void {
    this.title ??= title;
  }

  recordFeed(href: string, title: string): void {
    this.feed ??= { href, title };
  }

  recordNotFound(): void {
    this.notFound = true;
  }

  recordFailure(): void {
    this.failed = true;
  }

  /** Forgets what an earlier render recorded. */
  reset(): void {
    this.title = null;
    this.notFound = false;
    this.failed = false;
    this.feed = null;
  }
}

export const RenderOutcomeContext = createContext<RenderOutcome | null>(null);

/**
 * Records the document's title on the server. The first title of a render is kept: the page's
 * own, rendered before what it contains, as in the browser, where its effect runs last and wins.
 */
export function useServerTitle(title: string): void {
  useContext(RenderOutcomeContext)?.recordTitle(title);
}

/** Records the page's Atom feed on the server, for the head of the page it sends; null: none. */
export function useServerFeed(href: string | null, title: string): void {
  const outcome = useContext(RenderOutcomeContext);
  if (href !== null) outcome?.recordFeed(href, title);
}

/** Marks the page rendered on the server as "not found" (HTTP 404). */
export function useServerNotFound(): void {
  useContext(RenderOutcomeContext)?.recordNotFound();
}

/** Marks the render on the server as failed: a query's error is on the page instead of its content. */
export function useServerFailure(): void {
  useContext(RenderOutcomeContext)?.recordFailure();
}
