import type { Retry } from '../apollo/useRetry';
import { errorMessage } from '../apollo/errors';
import { ErrorState } from './ErrorState';
import { NOT_FOUND_TITLE, NotFoundPage } from './NotFoundPage';

export interface QueryProblemProps extends Retry {
  /** What could not be loaded, e.g. "The plan could not be loaded". */
  title: string;
  /** The kind of thing looked for, named on the not-found page, e.g. "plan". */
  what: string;
}

/**
 * A page's query failed: "not found" (the API's NOT_FOUND) becomes the not-found page; any
 * other failure (the API down, the network gone) a readable message with "Try again".
 */
export function QueryProblem({ error, notFound, retrying, retry, title, what }: QueryProblemProps) {
  if (notFound) return <NotFoundPage what={what} />;
  return (
    <ErrorState title={title} message={errorMessage(error)} retrying={retrying} onRetry={retry} headingLevel={1} />
  );
}

/** The document title while a page's query has failed: "Page not found" or what failed; null otherwise. */
export function problemTitle({ error, notFound }: Pick<Retry, 'error' | 'notFound'>, title: string): string | null {
  if (notFound) return NOT_FOUND_TITLE;
  return error ? title : null;
}
