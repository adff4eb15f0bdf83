"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.capEchoes = capEchoes;
exports.formatError = formatError;
const errors_1 = require("@apollo/server/errors");
const common_1 = require("@nestjs/common");
const domain_error_1 = require("../common/domain-error");
const echo_1 = require("../common/echo");
const logger = new common_1.Logger('GraphQL');
/** Codes GraphQL and Apollo themselves produce that are safe to pass on as they are. */
const PASS_THROUGH = new Set([
    domain_error_1.ErrorCode.BAD_USER_INPUT,
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
function variableField(message) {
    const path = VARIABLE_PATH.exec(message)?.[1];
    return path ? (0, echo_1.truncate)(path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')) : null;
}
/** The longest message a response carries. */
const MESSAGE_MAX = 1_000;
/** A double-quoted string in a message, with its escapes. */
const QUOTED = /"[^"\\]*(?:\\.[^"\\]*)*"/g;
/**
 * A message with every quoted value in it, and then the whole, cut short: GraphQL's own messages
 * print the value that was refused ("String cannot represent a non string value: …"), which may
 * be as long as the request.
 */
function capEchoes(message) {
    const quotesCut = message.replace(QUOTED, (quoted) => quoted.length <= echo_1.ECHO_MAX + 2 ? quoted : `"${(0, echo_1.truncate)(quoted.slice(1, -1))}"`);
    return (0, echo_1.truncate)(quotesCut, MESSAGE_MAX);
}
/** An error's path with each field name (an alias may be as long as the request) cut short. */
const capPath = (path) => path?.map((key) => (typeof key === 'string' ? (0, echo_1.truncate)(key) : key));
/**
 * Maps every error to a code and a safe message: domain errors keep theirs, unknown ones become
 * INTERNAL_SERVER_ERROR with no stack trace outside development. No message repeats more than
 * ECHO_MAX characters of a value the client sent.
 */
function formatError(development) {
    return (formatted, error) => {
        const original = (0, errors_1.unwrapResolverError)(error);
        if (original instanceof domain_error_1.DomainError) {
            return {
                message: capEchoes(original.message),
                locations: formatted.locations,
                path: capPath(formatted.path),
                extensions: { code: original.code, ...original.details },
            };
        }
        const code = formatted.extensions?.code;
        const unknownField = UNKNOWN_FIELD.exec(formatted.message);
        if (unknownField && (code === 'GRAPHQL_VALIDATION_FAILED' || code === domain_error_1.ErrorCode.BAD_USER_INPUT)) {
            return {
                message: `${(0, echo_1.truncate)(unknownField[1])} is not a field of ${unknownField[2]}.`,
                locations: formatted.locations,
                extensions: { code: domain_error_1.ErrorCode.BAD_USER_INPUT, field: (0, echo_1.truncate)(unknownField[1]) },
            };
        }
        if (typeof code === 'string' && PASS_THROUGH.has(code)) {
            const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
            const field = code === domain_error_1.ErrorCode.BAD_USER_INPUT && !extensions.field ? variableField(formatted.message) : null;
            return {
                ...formatted,
                message: capEchoes(formatted.message),
                path: capPath(formatted.path),
                extensions: { ...(development ? formatted.extensions : extensions), ...(field ? { field } : {}) },
            };
        }
        logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
        return {
            message: 'Something went wrong on our side; it has been logged.',
            locations: formatted.locations,
            path: capPath(formatted.path),
            extensions: {
                code: domain_error_1.ErrorCode.INTERNAL_SERVER_ERROR,
                ...(development && original instanceof Error ? { detail: capEchoes(original.message) } : {}),
            },
        };
    };
}
//# sourceMappingURL=format-error.js.map