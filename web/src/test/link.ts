import { ApolloLink, Observable } from '@apollo/client';

export type FixtureHandler = (variables: Record<string, unknown>) => ApolloLink.Result | Error;

export interface FixtureLink {
  link: ApolloLink;
  /** Every operation sent, in order, with its variables. */
  requests: { operationName: string; variables: Record<string, unknown> }[];
}

/**
 * A link that answers each operation by name from a handler, after a tick, as a server would:
 * a result, a GraphQL error response, or (an Error) a failed fetch.
 */
export function fixtureLink(handlers: Record<string, FixtureHandler>): FixtureLink {
  const requests: FixtureLink['requests'] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        requests.push({ operationName: operation.operationName ?? '', variables: operation.variables });
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
  } as unknown as ApolloLink.Result;
}
