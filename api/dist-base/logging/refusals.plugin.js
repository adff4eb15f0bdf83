"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refusalsLogPlugin = refusalsLogPlugin;
const errors_1 = require("@apollo/server/errors");
const common_1 = require("@nestjs/common");
const domain_error_1 = require("../common/domain-error");
const echo_1 = require("../common/echo");
/** Codes of an operation the server refused to carry out: logged as warnings. */
const REFUSED = new Set([
    domain_error_1.ErrorCode.UNAUTHENTICATED,
    domain_error_1.ErrorCode.FORBIDDEN,
    domain_error_1.ErrorCode.BAD_USER_INPUT,
    domain_error_1.ErrorCode.RATE_LIMITED,
    domain_error_1.ErrorCode.QUERY_TOO_LARGE,
    'GRAPHQL_PARSE_FAILED',
    'GRAPHQL_VALIDATION_FAILED',
    'BAD_REQUEST',
    'OPERATION_RESOLUTION_FAILURE',
    'PERSISTED_QUERY_NOT_SUPPORTED',
]);
/** The code a client will see for an error, as formatError maps it. */
function codeOf(error) {
    const original = (0, errors_1.unwrapResolverError)(error);
    if (original instanceof domain_error_1.DomainError)
        return original.code;
    const code = error.extensions?.code;
    return typeof code === 'string' ? code : domain_error_1.ErrorCode.INTERNAL_SERVER_ERROR;
}
/**
 * Logs every refused operation (not signed in, not allowed, bad input, rate limited, too costly
 * or too large, not valid GraphQL) with its code, the field it concerned, the account (when
 * signed in) and the client's address; NOT_FOUND and CONFLICT answers at info. Never the
 * message, the variables or the query: they may carry what the client sent. Unexpected errors
 * are logged, with their stack, by formatError.
 */
function refusalsLogPlugin() {
    const logger = new common_1.Logger('Refusals');
    return {
        requestDidStart: () => Promise.resolve({
            didEncounterErrors({ contextValue, errors, operationName }) {
                const { actor } = contextValue;
                for (const error of errors) {
                    const code = codeOf(error);
                    if (code === domain_error_1.ErrorCode.INTERNAL_SERVER_ERROR)
                        continue;
                    const field = error.extensions?.field ?? (0, errors_1.unwrapResolverError)(error).details?.field;
                    const entry = {
                        event: 'refused',
                        code,
                        operation: operationName ? (0, echo_1.truncate)(operationName) : null,
                        path: error.path ? (0, echo_1.truncate)(error.path.join('.')) : null,
                        field: typeof field === 'string' ? (0, echo_1.truncate)(field) : null,
                        accountId: actor?.user?.id ?? null,
                        ip: actor?.ip ?? null,
                    };
                    if (REFUSED.has(code))
                        logger.warn(entry, `refused: ${code}`);
                    else
                        logger.log(entry, `answered ${code}`);
                }
                return Promise.resolve();
            },
        }),
    };
}
//# sourceMappingURL=refusals.plugin.js.map