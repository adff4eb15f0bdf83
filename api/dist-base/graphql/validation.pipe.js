"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.inputValidationPipe = void 0;
const common_1 = require("@nestjs/common");
const domain_error_1 = require("../common/domain-error");
function firstProblem(errors, prefix = '') {
    const [error] = errors;
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints)
        return { field, message: Object.values(error.constraints)[0] };
    return firstProblem(error.children ?? [], field);
}
/** Validates every argument and input with class-validator; a problem becomes BAD_USER_INPUT naming the field. */
exports.inputValidationPipe = new common_1.ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => {
        const { field, message } = firstProblem(errors);
        return new domain_error_1.DomainError(domain_error_1.ErrorCode.BAD_USER_INPUT, message, { field });
    },
});
//# sourceMappingURL=validation.pipe.js.map