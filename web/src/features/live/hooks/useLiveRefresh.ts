import { useSubscription } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useEffect, useRef, useState } from 'react';

interface Change {
  sequence: number;
  kind: string;
}

export interface LiveRefreshOptions<TData, TVariables extends Record<string, unknown>> {
  subscription: TypedDocumentNode<TData, TVariables>;
  variables?: TVariables;
  /**
   * The page's `plan.changeSequence`, the installation's change count its data was read at;
   * null for a page that has no such count and has just read its data (the subscription's
   * SUBSCRIBED count is taken as it); undefined while the page has no data.
   */
  seen: number | null | undefined;
  /** Reads the page's query again (through the public cache for anonymous readers). */
  refetch: () => Promise<unknown>;
  /** What the live region says once the page has read the change. */
  announcement?: string;
  /** Not yet: the page does not know what to subscribe to. */
  skip?: boolean;
}

/**
 * How long a reader stays on a page before it subscribes. A crowd that opens a shared link and
 * leaves holds no sockets, the page's first seconds go to showing it, and the WebSocket client's
 * code arrives after them; what changed meanwhile comes with the first event (SUBSCRIBED).
 */
export const LIVE_AFTER_MS = 3000;

/**
 * Keeps a page current: subscribes once the page has hydrated (never while rendering on the
 * server) and the reader has stayed LIVE_AFTER_MS, and, when a change arrives, reads the page's
 * query again and returns what its live region says. The subscription's first event
 * (SUBSCRIBED) and a CATCH_UP carry the count now: the page reads again only if it is past what
 * it has seen, so a page that reconnects after losing its connection fetches what it missed, and
 * one that missed nothing reads nothing. Pages use it through LiveRefresh, which renders only
 * itself again when this changes.
 */
export function useLiveRefresh<TData, TVariables extends Record<string, unknown>>({
  subscription,
  variables,
  seen,
  refetch,
  announcement = 'Updated just now',
  skip = false,
}: LiveRefreshOptions<TData, TVariables>): string {
  const stayed = useStayed();
  const [said, setSaid] = useState('');
  // The highest sequence heard so far; what the page shows is at least `seen`.
  const heard = useRef(0);

  useSubscription(subscription, {
    variables,
    skip: skip || !stayed || seen === undefined,
    // The events are read in onData and nowhere else: neither kept as the hook's result nor
    // written to the cache, where each would make every query on the page read itself again.
    ignoreResults: true,
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const change = changeOf(data.data);
      if (!change) return;
      if (change.kind === 'SUBSCRIBED' && seen === null) {
        heard.current = Math.max(heard.current, change.sequence);
        return;
      }
      const latest = Math.max(heard.current, seen ?? 0);
      const catchingUp = change.kind === 'SUBSCRIBED' || change.kind === 'CATCH_UP';
      if (catchingUp && change.sequence <= latest) return;
      heard.current = Math.max(latest, change.sequence);
      setSaid('');
      refetch().then(
        () => setSaid(announcement),
        () => undefined,
      );
    },
  } as useSubscription.Options<TData, TVariables>);

  return said;
}

/**
 * True once the page has been in the app's hands for LIVE_AFTER_MS. Effects run only in the
 * browser, once the page is hydrated or mounted: the server never starts the clock, and the
 * page is not rendered again to learn that it is in the browser.
 */
function useStayed(): boolean {
  const [stayed, setStayed] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setStayed(true), LIVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return stayed;
}

/** The one field of a subscription's event. */
function changeOf(data: unknown): Change | null {
  if (!data || typeof data !== 'object') return null;
  const [change] = Object.values(data) as (Change | null)[];
  return change ?? null;
}
