import { createContext, useContext } from 'react';

/**
 * What a render on the server learns about its page besides the markup: the document's title,
 * whether the page is "not found", and whether a query failed (the server then sends the plain
 * app instead). In the browser there is no such object and the hooks below do nothing.
 */
export interface RenderOutcome {
  title: string | null;
  notFound: boolean;
  failed: boolean;
}

export function newRenderOutcome(): RenderOutcome {
  return { title: null, notFound: false, failed: false };
}

export const RenderOutcomeContext = createContext<RenderOutcome | null>(null);

/**
 * Records the document's title on the server. The first title of a render is kept: the page's
 * own, rendered before what it contains, as in the browser, where its effect runs last and wins.
 */
export function useServerTitle(title: string): void {
  const outcome = useContext(RenderOutcomeContext);
  if (outcome && outcome.title === null) outcome.title = title;
}

/** Marks the page rendered on the server as "not found" (HTTP 404). */
export function useServerNotFound(): void {
  const outcome = useContext(RenderOutcomeContext);
  if (outcome) outcome.notFound = true;
}

/** Marks the render on the server as failed: a query's error is on the page instead of its content. */
export function useServerFailure(): void {
  const outcome = useContext(RenderOutcomeContext);
  if (outcome) outcome.failed = true;
}
