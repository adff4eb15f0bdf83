"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GRAPHQL_PATH = void 0;
exports.canonicalJson = canonicalJson;
exports.graphqlCacheKey = graphqlCacheKey;
const node_crypto_1 = require("node:crypto");
/** The one address of the GraphQL API. */
exports.GRAPHQL_PATH = '/graphql';
/** A document that names one of these may run one: never answered from, or kept in, the cache. */
const NOT_ONLY_QUERIES = /\b(mutation|subscription)\b/;
/** A JSON value with every object's keys in order, so that the same variables give the same text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
const isPlainObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/**
 * The cache key of a `POST /graphql` that may be a query: its document, operation name and
 * variables (canonical), and the `Accept` header (Apollo chooses the answer's content type by
 * it). Null for anything else: another method or address, a body that is not JSON of those
 * three fields, a document that names a mutation or subscription. A null key sends the request
 * the ordinary way, where Apollo answers it, refusals included.
 */
function graphqlCacheKey(request) {
    if (request.method !== 'POST' || request.url !== exports.GRAPHQL_PATH)
        return null;
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
        return null;
    const body = request.body;
    if (!isPlainObject(body))
        return null;
    const { query, operationName, variables, ...others } = body;
    if (Object.keys(others).length > 0 || typeof query !== 'string' || NOT_ONLY_QUERIES.test(query))
        return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
        return null;
    if (variables !== undefined && variables !== null && !isPlainObject(variables))
        return null;
    const operation = JSON.stringify([query, operationName ?? null, canonicalJson(variables ?? {}), request.headers.accept ?? '']);
    return `graphql:${(0, node_crypto_1.createHash)('sha256').update(operation).digest('base64url')}`;
}
//# sourceMappingURL=graphql-key.js.map