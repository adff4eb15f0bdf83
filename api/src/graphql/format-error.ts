import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../common/domain-error';

const logger = new Logger('GraphQL');

/** Codes GraphQL and Apollo themselves produce that are safe to pass on as they are. */
const PASS_THROUGH = new Set([
  ErrorCode.BAD_USER_INPUT,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** GraphQL's wording when an input object carries a field its type does not have. */
const UNKNOWN_FIELD = /Field "(\w+)" is not defined by type "(\w+)"/;

/** GraphQL's wording when a variable's value is refused: `… at "input.evidence[0].url"; …`. */
const VARIABLE_PATH = /got invalid value .* at "\w+((?:\.\w+|\[\d+\])+)"/;

/** The field of a refused variable value, written as class-validator names fields (`evidence.0.url`). */
function variableField(message: string): string | null {
  const path = VARIABLE_PATH.exec(message)?.[1];
  return path ? path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '') : null;
}

/**
 * Maps every error to a code and a safe message: domain errors keep theirs, unknown ones become
 * INTERNAL_SERVER_ERROR with no stack trace outside development.
 */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    const code = formatted.extensions?.code;
    const unknownField = UNKNOWN_FIELD.exec(formatted.message);
    if (unknownField && (code === 'GRAPHQL_VALIDATION_FAILED' || code === ErrorCode.BAD_USER_INPUT)) {
      return {
        message: `${unknownField[1]} is not a field of ${unknownField[2]}.`,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: unknownField[1] },
      };
    }
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const field = code === ErrorCode.BAD_USER_INPUT && !extensions.field ? variableField(formatted.message) : null;
      return {
        ...formatted,
        extensions: { ...(development ? formatted.extensions : extensions), ...(field ? { field } : {}) },
      };
    }
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return {
      message: 'Something went wrong on our side; it has been logged.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        ...(development && original instanceof Error ? { detail: original.message } : {}),
      },
    };
  };
}
