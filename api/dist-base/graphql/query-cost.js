"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerSizeEstimator = answerSizeEstimator;
exports.queryCost = queryCost;
exports.tooCostly = tooCostly;
const errors_1 = require("@apollo/server/errors");
const graphql_1 = require("graphql");
const graphql_query_complexity_1 = require("graphql-query-complexity");
const cost_1 = require("../common/cost");
function costOf(field) {
    return field.extensions?.[cost_1.COST_EXTENSION] ?? {};
}
/**
 * A field costs 1 for its own value, plus its `perCall` work, plus what its selection costs
 * times the number of items it can return: `first` for a paged field, `listSize` (or
 * UNPAGED_LIST_SIZE) for other lists, 1 otherwise.
 */
function answerSizeEstimator({ field, args, childComplexity }) {
    // Introspection (on outside production) answers from the schema in memory; tokens bound its size.
    if (field.name.startsWith('__'))
        return 0;
    const cost = costOf(field);
    const paged = typeof args.first === 'number' ? Math.max(args.first, 0) : undefined;
    const items = paged ?? ((0, graphql_1.isListType)((0, graphql_1.getNullableType)(field.type)) ? (cost.listSize ?? cost_1.UNPAGED_LIST_SIZE) : 1);
    return 1 + (cost.perCall ?? 0) + items * childComplexity;
}
/** The cost of one operation of `document` with these variables. Throws a GraphQLError for a bad variable. */
function queryCost(schema, document, variables = {}, operationName) {
    return (0, graphql_query_complexity_1.getComplexity)({ schema, query: document, variables, operationName, estimators: [answerSizeEstimator] });
}
/** The refusal a client sees when an operation costs more than the limit. */
function tooCostly(cost, limit) {
    return new graphql_1.GraphQLError(`The query costs ${cost.toLocaleString('en-GB')}; at most ${limit.toLocaleString('en-GB')} is allowed. ` +
        'Ask for smaller pages (first), fewer aliases, or plan-wide figures (summary, progress, themes, owners) only at the top of the plan.', { extensions: { code: errors_1.ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, cost, limit, http: { status: 400 } } });
}
//# sourceMappingURL=query-cost.js.map