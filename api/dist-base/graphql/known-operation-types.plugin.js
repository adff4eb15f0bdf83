"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.knownOperationTypes = void 0;
const errors_1 = require("@apollo/server/errors");
const graphql_1 = require("graphql");
/**
 * Refuses, before anything runs, an operation of a type the schema does not have: this API has no
 * subscriptions. graphql-js 16 validates no operation type (version 17 adds the rule), so without
 * this a `subscription` would reach execution and fail there as an unexpected error.
 */
exports.knownOperationTypes = {
    async requestDidStart() {
        return {
            async didResolveOperation({ operation, schema }) {
                if (operation && !schema.getRootType(operation.operation)) {
                    throw new graphql_1.GraphQLError(`The ${operation.operation} operation is not supported by this API.`, {
                        nodes: [operation],
                        extensions: { code: errors_1.ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
                    });
                }
            },
        };
    },
};
//# sourceMappingURL=known-operation-types.plugin.js.map