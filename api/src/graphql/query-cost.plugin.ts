import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { queryCost, tooCostly } from './query-cost';

/**
 * Refuses, before anything runs, an operation whose cost (query-cost.ts) is above `limit`.
 * Variables count: `first: $n` is priced at the value sent.
 *
 * The hook is async, so a refusal is a rejected promise like every other plugin's: Apollo runs
 * the hooks together, and one that threw at once would leave another's refusal (NUL in the same
 * operation) rejected with no one to handle it.
 */
export function queryCostPlugin(limit: number): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            // A variable that does not fit its type: execution refuses it with the right message.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > limit) throw tooCostly(cost, limit);
        },
      }),
  };
}
