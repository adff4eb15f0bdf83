"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClientErrorFilter = exports.ClientHttpRefusal = void 0;
const common_1 = require("@nestjs/common");
/**
 * Matches, with `instanceof`, the client errors that Fastify's plugins raise rather than Nest: a path
 * that leaves the dashboard's folder (403), a malformed range (416). They are not Nest exceptions,
 * so without this Nest would log each as an unexpected error with its stack.
 */
class ClientHttpRefusal {
    static [Symbol.hasInstance](value) {
        if (!(value instanceof Error) || value instanceof common_1.HttpException)
            return false;
        const { statusCode, expose } = value;
        return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 && expose === true;
    }
}
exports.ClientHttpRefusal = ClientHttpRefusal;
/** The longest part of a refused path the log repeats. */
const LOGGED_PATH_LENGTH = 200;
/** Answers an expected refusal with its status and logs it in one line, without a stack. */
let ClientErrorFilter = class ClientErrorFilter {
    logger = new common_1.Logger('HTTP');
    catch(exception, host) {
        if (host.getType() !== 'http')
            throw exception;
        const http = host.switchToHttp();
        const request = http.getRequest();
        const reply = http.getResponse();
        const { statusCode, message } = exception;
        this.logger.log(`${request.method} ${request.url.slice(0, LOGGED_PATH_LENGTH)} refused: ${statusCode} ${message}`);
        void reply.status(statusCode).send({ statusCode, message });
    }
};
exports.ClientErrorFilter = ClientErrorFilter;
exports.ClientErrorFilter = ClientErrorFilter = __decorate([
    (0, common_1.Catch)(ClientHttpRefusal)
], ClientErrorFilter);
//# sourceMappingURL=client-error.filter.js.map