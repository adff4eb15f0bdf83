import { ApolloLink, Observable } from '@apollo/client';

export type FixtureHandler = (variables: Record<string, unknown>) => ApolloLink.Result | Error;

export interface FixtureLink {
  link: ApolloLink;
  /** Every operation sent, in order, with its variables. */
  requests: { operationName: string; variables: Record<string, unknown> }[];
}

/**
 * Every page's header asks who is signed in: unless a test says otherwise, nobody is, and
 * that request is left out of `requests` so tests see their page's own operations.
 */
const SIGNED_OUT_HEADER: Record<string, FixtureHandler> = { CurrentUser: () => ({ data: { me: null } }) };

/**
 * A link that answers each operation by name from a handler, after a tick, as a server would:
 * a result, a GraphQL error response, or (an Error) a failed fetch.
 */
export function fixtureLink(given: Record<string, FixtureHandler>): FixtureLink {
  const requests: FixtureLink['requests'] = [];
  const handlers = { ...SIGNED_OUT_HEADER, ...given };
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        const name = operation.operationName ?? '';
        if (!(name in SIGNED_OUT_HEADER) || name in given)
          requests.push({ operationName: name, variables: operation.variables });
        const handler = handlers[operation.operationName ?? ''];
        const timer = setTimeout(() => {
          if (!handler) {
            observer.error(new Error(`No fixture for ${operation.operationName}`));
            return;
          }
          const result = handler(operation.variables);
          if (result instanceof Error) {
            observer.error(result);
            return;
          }
          observer.next(result);
          observer.complete();
        }, 0);
        return () => clearTimeout(timer);
      }),
  );
  return { link, requests };
}

/** The API's answer for an unknown slug or reference. */
export function notFound(field: string): ApolloLink.Result {
  return {
    data: { [field]: null },
    errors: [{ message: `No ${field} found`, extensions: { code: 'NOT_FOUND' } }],
  };
}

/** A GraphQL error response, as the API sends it: the code, and `field` or `currentVersion` where the API names them. */
export function apiErrorResult(
  code: string,
  extensions: Record<string, unknown> = {},
  message = 'Refused',
): ApolloLink.Result {
  return { data: null, errors: [{ message, extensions: { code, ...extensions } }] };
}
