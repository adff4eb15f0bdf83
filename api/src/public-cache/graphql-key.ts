import { FastifyRequest } from 'fastify';

/** The one address of the GraphQL API. */
export const GRAPHQL_PATH = '/graphql';

/** A document that names one of these may run one: never answered from, or kept in, the cache. */
const NOT_ONLY_QUERIES = /\b(mutation|subscription)\b/;

/** A JSON value with every object's keys in order, so that the same variables give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The cache key of a `POST /graphql` that may be a query: its document, operation name and
 * variables (canonical), and the `Accept` header (Apollo chooses the answer's content type by
 * it). Null for anything else: another method or address, a body that is not JSON of those
 * three fields, a document that names a mutation or subscription. A null key sends the request
 * the ordinary way, where Apollo answers it, refusals included.
 */
export function graphqlCacheKey(request: FastifyRequest): string | null {
  if (request.method !== 'POST' || request.url !== GRAPHQL_PATH) return null;
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return null;
  const body: unknown = request.body;
  if (!isPlainObject(body)) return null;
  const { query, operationName, variables, ...others } = body;
  if (Object.keys(others).length > 0 || typeof query !== 'string' || NOT_ONLY_QUERIES.test(query)) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) return null;
  // The text itself, not a hash of it: what a key takes in memory counts against the cache's bound.
  const operation = [query, operationName ?? null, canonicalJson(variables ?? {}), request.headers.accept ?? ''];
  return `graphql:${JSON.stringify(operation)}`;
}
