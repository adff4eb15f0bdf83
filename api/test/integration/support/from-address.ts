import { IncomingHttpHeaders, request } from 'node:http';
import { GraphQLResponse, TestApp } from './test-app';

export interface AnswerFrom<T> {
  headers: IncomingHttpHeaders;
  body: GraphQLResponse<T>;
}

/**
 * A GraphQL request sent from another address of the loopback network (127.0.0.2, 127.0.0.3,
 * …), as a client elsewhere would send it: the server sees that address as the request's.
 */
export function gqlFrom<T = Record<string, unknown>>(
  t: TestApp,
  localAddress: string,
  query: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<AnswerFrom<T>> {
  const url = new URL('/graphql', t.url);
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ headers: response.headers, body: JSON.parse(text) as GraphQLResponse<T> }));
      },
    );
    sent.on('error', reject);
    sent.end(payload);
  });
}
