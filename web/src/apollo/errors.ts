import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** `extensions.code` values the API promises (docs/security.md, "Errors"). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

const MESSAGES: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'You need to sign in to do this.',
  FORBIDDEN: 'Your account is not allowed to do this.',
  BAD_USER_INPUT: 'Some of the information sent was not accepted. Check it and try again.',
  NOT_FOUND: 'We could not find what you asked for. It may have been moved or removed.',
  CONFLICT: 'Someone else changed this while you were working on it. Reload to see their changes, then try again.',
  RATE_LIMITED: 'There have been too many requests in a short time. Wait a minute, then try again.',
  QUERY_TOO_LARGE: 'The server could not put this together in time. Try again in a moment.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again in a moment.',
};

export const UNREACHABLE_MESSAGE =
  'We could not reach the tracker’s server. Check your internet connection, then try again.';
const UNAVAILABLE_MESSAGE = 'The tracker’s server is not available right now. Try again in a moment.';
const UNREADABLE_MESSAGE = 'The tracker’s server sent an answer we could not read. Try again in a moment.';

function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && Object.hasOwn(MESSAGES, code);
}

/** The first known `extensions.code` of a GraphQL error response, if there is one. */
export function apiErrorCode(error: unknown): ApiErrorCode | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.['code'];
    if (isApiErrorCode(code)) return code;
  }
  return null;
}

/** The lookup arguments a page takes from its address. */
const ADDRESS_ARGUMENTS = new Set(['slug', 'reference']);

/**
 * The API has no item for the page's address: it said NOT_FOUND, or it refused the address's
 * slug or reference as one it could never have given out (too long).
 */
export function isNotFound(error: unknown): boolean {
  const code = apiErrorCode(error);
  if (code === 'NOT_FOUND') return true;
  if (code !== 'BAD_USER_INPUT' || !CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => ADDRESS_ARGUMENTS.has(String(e.extensions?.['field'])));
}

/**
 * A sentence a reader can act on, for any error Apollo Client hands a component.
 * Server messages and stack traces are never shown: they are for logs, not people.
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return MESSAGES[apiErrorCode(error) ?? 'INTERNAL_SERVER_ERROR'];
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return MESSAGES.RATE_LIMITED;
    if (error.statusCode >= 500) return UNAVAILABLE_MESSAGE;
    return MESSAGES.INTERNAL_SERVER_ERROR;
  }
  if (ServerParseError.is(error)) return UNREADABLE_MESSAGE;
  // Anything else is the fetch itself failing: offline, DNS, server down, CORS.
  return UNREACHABLE_MESSAGE;
}
