import { ApolloServerPlugin, BaseContext, GraphQLRequestExecutionListener } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError, OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { ErrorCode } from '../common/domain-error';

export interface RequestBudget {
  /** Wall-clock time one operation may run, from the request's start. */
  timeLimitMs: number;
  /** Values (fields resolved, list items included) one answer may hold. */
  maxValues: number;
}

const logger = new Logger('GraphQL');

/**
 * Stops a query that has run longer, or resolved more values, than its budget: the check
 * runs before every field, and once the budget is spent no field starts any more work (what is
 * already in flight finishes). The answer is then one QUERY_TOO_LARGE error and no data, never
 * a partial result.
 */
export function requestBudgetPlugin(
  budget: RequestBudget,
  now: () => number = () => performance.now(),
): ApolloServerPlugin {
  return {
    requestDidStart: () => {
      const started = now();
      let values = 0;
      let exceeded: string | null = null;
      const stop = (reason: string): never => {
        exceeded ??= reason;
        throw new GraphQLError(exceeded, { extensions: { code: ErrorCode.QUERY_TOO_LARGE } });
      };
      const checkBeforeEveryField: GraphQLRequestExecutionListener<BaseContext> = {
        willResolveField() {
          if (exceeded) stop(exceeded);
          values += 1;
          if (values > budget.maxValues) {
            stop(`The answer would hold more than ${budget.maxValues.toLocaleString('en-GB')} values; ask for less.`);
          }
          if (now() - started > budget.timeLimitMs) {
            stop(`The query ran for more than ${budget.timeLimitMs.toLocaleString('en-GB')} ms; ask for less.`);
          }
        },
      };
      return Promise.resolve({
        // A mutation is never cut short: once its write is made, the client must hear of it. Its
        // size is bounded by the cost limit and the write limits instead.
        // (Apollo starts execution with no operation when operationName names none of the document's.)
        executionDidStart: ({ operation }: { operation?: OperationDefinitionNode }) =>
          Promise.resolve(operation?.operation === OperationTypeNode.MUTATION ? undefined : checkBeforeEveryField),
        willSendResponse({ response, operationName }) {
          if (!exceeded || response.body.kind !== 'single') return Promise.resolve();
          logger.warn(`Stopped operation ${operationName ?? '(anonymous)'}: ${exceeded}`);
          response.body.singleResult = {
            data: null,
            errors: [{ message: exceeded, extensions: { code: ErrorCode.QUERY_TOO_LARGE } }],
          };
          return Promise.resolve();
        },
      });
    },
  };
}
