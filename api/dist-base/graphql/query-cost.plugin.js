"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.queryCostPlugin = queryCostPlugin;
const graphql_1 = require("graphql");
const query_cost_1 = require("./query-cost");
/**
 * Refuses, before anything runs, an operation whose cost (query-cost.ts) is above `limit`.
 * Variables count: `first: $n` is priced at the value sent.
 */
function queryCostPlugin(limit) {
    return {
        requestDidStart: () => Promise.resolve({
            didResolveOperation({ schema, document, request, operationName }) {
                let cost;
                try {
                    cost = (0, query_cost_1.queryCost)(schema, document, request.variables ?? {}, operationName ?? undefined);
                }
                catch (error) {
                    // A variable that does not fit its type: execution refuses it with the right message.
                    if (error instanceof graphql_1.GraphQLError)
                        return Promise.resolve();
                    throw error;
                }
                if (cost > limit)
                    throw (0, query_cost_1.tooCostly)(cost, limit);
                return Promise.resolve();
            },
        }),
    };
}
//# sourceMappingURL=query-cost.plugin.js.map