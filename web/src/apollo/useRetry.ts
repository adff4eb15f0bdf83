import { NetworkStatus, type ErrorLike } from '@apollo/client';
import { useState } from 'react';
import { isNotFound } from './errors';

interface RetryableQuery {
  error?: ErrorLike;
  networkStatus: NetworkStatus;
  refetch: () => Promise<unknown>;
}

export interface Retry {
  /** The error to show, kept on screen while a retry is in flight. */
  error: ErrorLike | null;
  /** The API has nothing at the page's address (see `isNotFound`). */
  notFound: boolean;
  retrying: boolean;
  retry: () => void;
}

/**
 * A failed query's error and a "try again" action for `ErrorState`. Apollo clears `error`
 * while refetching; keeping the failed state on screen (its button saying "Trying again…")
 * keeps keyboard focus on the button during a retry.
 */
export function useRetry({ error, networkStatus, refetch }: RetryableQuery): Retry {
  const [retriedError, setRetriedError] = useState<ErrorLike | null>(null);
  const retrying = networkStatus === NetworkStatus.refetch;
  const shown = error ?? (retrying ? retriedError : null);
  return {
    error: shown,
    notFound: isNotFound(shown),
    retrying,
    retry: () => {
      setRetriedError(shown);
      // The outcome, data or a new error, arrives through the query's result.
      refetch()
        .catch(() => undefined)
        .finally(() => setRetriedError(null));
    },
  };
}
