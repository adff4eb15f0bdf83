import { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '../common/domain-error';
import { truncate } from '../common/echo';
import { GraphQLContext } from '../graphql/graphql-context';

/** Codes of an operation the server refused to carry out: logged as warnings. */
const REFUSED = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.RATE_LIMITED,
  ErrorCode.QUERY_TOO_LARGE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The code a client will see for an error, as formatError maps it. */
function codeOf(error: GraphQLError): string {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return original.code;
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Logs every refused operation (not signed in, not allowed, bad input, rate limited, too costly
 * or too large, not valid GraphQL) with its code, the field it concerned, the account (when
 * signed in) and the client's address; NOT_FOUND and CONFLICT answers at info. Never the
 * message, the variables or the query: they may carry what the client sent. Unexpected errors
 * are logged, with their stack, by formatError.
 */
export function refusalsLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  const logger = new Logger('Refusals');
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors({ contextValue, errors, operationName }) {
          const { actor } = contextValue;
          for (const error of errors) {
            const code = codeOf(error);
            if (code === ErrorCode.INTERNAL_SERVER_ERROR) continue;
            const field = error.extensions?.field ?? (unwrapResolverError(error) as DomainError).details?.field;
            const entry = {
              event: 'refused',
              code,
              operation: operationName ? truncate(operationName) : null,
              path: error.path ? truncate(error.path.join('.')) : null,
              field: typeof field === 'string' ? truncate(field) : null,
              accountId: actor?.user?.id ?? null,
              ip: actor?.ip ?? null,
            };
            if (REFUSED.has(code)) logger.warn(entry, `refused: ${code}`);
            else logger.log(entry, `answered ${code}`);
          }
          return Promise.resolve();
        },
      }),
  };
}
