import { FastifyRequest } from 'fastify';
import { canonicalJson, graphqlCacheKey } from './graphql-key';

/** The parts of a request the key reads. */
const request = (
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  url = '/graphql',
  method = 'POST',
): FastifyRequest => ({ body, headers, url, method }) as unknown as FastifyRequest;

const QUERY = 'query Plan($slug: String!) { plan(slug: $slug) { title } }';

describe('graphqlCacheKey', () => {
  it('is the same for the same operation whatever the order of the variables’ keys', () => {
    const a = graphqlCacheKey(request({ query: QUERY, variables: { slug: 'x', page: { first: 5, after: 'c' } } }));
    const b = graphqlCacheKey(request({ variables: { page: { after: 'c', first: 5 }, slug: 'x' }, query: QUERY }));
    expect(a).not.toBeNull();
    expect(a).toBe(b);
  });

  it('differs by document, operation name, variables and Accept header', () => {
    const base = graphqlCacheKey(request({ query: QUERY, variables: { slug: 'x' } }));
    const others = [
      graphqlCacheKey(request({ query: `${QUERY} `, variables: { slug: 'x' } })),
      graphqlCacheKey(request({ query: QUERY, operationName: 'Plan', variables: { slug: 'x' } })),
      graphqlCacheKey(request({ query: QUERY, variables: { slug: 'y' } })),
      graphqlCacheKey(
        request(
          { query: QUERY, variables: { slug: 'x' } },
          { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        ),
      ),
    ];
    for (const other of others) expect(other).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });

  it.each([
    ['a mutation', request({ query: 'mutation { logout }' })],
    ['a document that holds a mutation beside a query', request({ query: `${QUERY} mutation Out { logout }` })],
    ['a subscription', request({ query: 'subscription { x }' })],
    ['extensions', request({ query: QUERY, extensions: { persistedQuery: {} } })],
    ['a batch', request([{ query: QUERY }])],
    ['no query', request({ variables: {} })],
    ['variables that are not an object', request({ query: QUERY, variables: [1] })],
    ['an operation name that is not a string', request({ query: QUERY, operationName: 3 })],
    ['another content type', request({ query: QUERY }, { 'content-type': 'text/plain' })],
    ['a GET', request({ query: QUERY }, { 'content-type': 'application/json' }, '/graphql', 'GET')],
    ['another address', request({ query: QUERY }, { 'content-type': 'application/json' }, '/graphql?x=1')],
  ])('is null for %s: the request goes the ordinary way', (_name, sent) => {
    expect(graphqlCacheKey(sent)).toBeNull();
  });
});

describe('canonicalJson', () => {
  it('orders keys at every depth and leaves arrays in order', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null, e: undefined })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});
