"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.badInput = exports.notFound = exports.DomainError = exports.ErrorCode = void 0;
const common_1 = require("@nestjs/common");
const echo_1 = require("./echo");
/** The error codes clients see in `extensions.code` (docs/security.md, "Errors"). */
var ErrorCode;
(function (ErrorCode) {
    ErrorCode["UNAUTHENTICATED"] = "UNAUTHENTICATED";
    ErrorCode["FORBIDDEN"] = "FORBIDDEN";
    ErrorCode["BAD_USER_INPUT"] = "BAD_USER_INPUT";
    ErrorCode["NOT_FOUND"] = "NOT_FOUND";
    ErrorCode["CONFLICT"] = "CONFLICT";
    ErrorCode["RATE_LIMITED"] = "RATE_LIMITED";
    ErrorCode["QUERY_TOO_LARGE"] = "QUERY_TOO_LARGE";
    ErrorCode["INTERNAL_SERVER_ERROR"] = "INTERNAL_SERVER_ERROR";
})(ErrorCode || (exports.ErrorCode = ErrorCode = {}));
/**
 * An error the client caused or may act on; its message is safe to show. It is an expected
 * answer, not a fault, so Nest does not log it as one (IntrinsicException).
 */
class DomainError extends common_1.IntrinsicException {
    code;
    details;
    constructor(code, message, details = {}) {
        super(message);
        this.code = code;
        this.details = details;
        this.name = 'DomainError';
    }
}
exports.DomainError = DomainError;
/** NOT_FOUND naming what was looked for, and the key it was looked for by (cut short if long). */
const notFound = (what, key) => new DomainError(ErrorCode.NOT_FOUND, `No ${what} found for ${JSON.stringify((0, echo_1.truncate)(key))}`, {
    what,
    key: (0, echo_1.truncate)(key),
});
exports.notFound = notFound;
const badInput = (message, field) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
exports.badInput = badInput;
//# sourceMappingURL=domain-error.js.map