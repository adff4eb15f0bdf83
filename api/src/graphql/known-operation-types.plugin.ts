import { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/**
 * Refuses, before anything runs, an operation of a type the schema does not have, and a
 * subscription, which is served over WebSocket (graphql-ws) only. graphql-js 16 validates no
 * operation type (version 17 adds the rule), so without this such an operation would reach
 * execution and fail there as an unexpected error.
 */
export const knownOperationTypes: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, schema }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.', {
            nodes: [operation],
            extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
          });
        }
        if (operation && !schema.getRootType(operation.operation)) {
          throw new GraphQLError(`The ${operation.operation} operation is not supported by this API.`, {
            nodes: [operation],
            extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
          });
        }
      },
    };
  },
};
