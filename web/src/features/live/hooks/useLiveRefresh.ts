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
  /** The page's `plan.changeSequence`: the installation's change count its data was read at. */
  seen: number | undefined;
  /** Reads the page's query again (through the public cache for anonymous readers). */
  refetch: () => Promise<unknown>;
  /** What the live region says once the page has read the change. */
  announcement?: string;
  /** Not yet: the page does not know what to subscribe to. */
  skip?: boolean;
}

/**
 * Keeps a page current: subscribes once the page has hydrated (never while rendering on the
 * server) and, when a change arrives, reads the page's query again and says so in a polite live
 * region. The subscription's first event (SUBSCRIBED) and a CATCH_UP carry the count now: the
 * page reads again only if it is past what it has seen, so a page that reconnects after losing
 * its connection fetches what it missed, and one that missed nothing reads nothing.
 */
export function useLiveRefresh<TData, TVariables extends Record<string, unknown>>({
  subscription,
  variables,
  seen,
  refetch,
  announcement = 'Updated just now',
  skip = false,
}: LiveRefreshOptions<TData, TVariables>): string {
  const [hydrated, setHydrated] = useState(false);
  const [said, setSaid] = useState('');
  const latest = useRef(seen ?? 0);
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  if (seen !== undefined && seen > latest.current) latest.current = seen;

  useEffect(() => setHydrated(true), []);

  useSubscription(subscription, {
    variables: variables as TVariables,
    skip: skip || !hydrated || seen === undefined,
    onData: ({ data }) => {
      const change = Object.values((data.data ?? {}) as Record<string, Change | null>)[0];
      if (!change) return;
      const catchingUp = change.kind === 'SUBSCRIBED' || change.kind === 'CATCH_UP';
      if (catchingUp && change.sequence <= latest.current) return;
      latest.current = Math.max(latest.current, change.sequence);
      setSaid('');
      void refetchRef.current().then(
        () => setSaid(announcement),
        () => undefined,
      );
    },
  });

  return said;
}
