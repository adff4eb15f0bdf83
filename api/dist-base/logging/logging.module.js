"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LoggingModule = void 0;
exports.pinoOptions = pinoOptions;
const common_1 = require("@nestjs/common");
const nestjs_pino_1 = require("nestjs-pino");
const pino_1 = __importDefault(require("pino"));
const app_config_1 = require("../config/app-config");
const trust_proxy_1 = require("../web/trust-proxy");
const human_lines_1 = require("./human-lines");
const request_id_1 = require("./request-id");
/**
 * Headers that must never reach a log, should a line ever carry headers: the session cookie, a
 * bearer token, the cookie a response sets.
 */
const REDACTED = [
    'req.headers.cookie',
    'req.headers.authorization',
    'res.headers["set-cookie"]',
    'headers.cookie',
    'headers.authorization',
];
/** pino's settings: ISO times, level names, secrets redacted. */
function pinoOptions(config) {
    return {
        level: config.LOG_LEVEL,
        timestamp: pino_1.default.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: REDACTED, censor: '[redacted]' },
    };
}
/** Production (and test) writes JSON lines to standard output; development writes them for people. */
function destination(config) {
    return config.NODE_ENV === 'development' ? human_lines_1.humanStdout : pino_1.default.destination({ dest: 1, sync: true });
}
/** A refused request is a warning, a failed one an error. */
function levelOf(_request, response, error) {
    if (error || response.statusCode >= 500)
        return 'error';
    return response.statusCode >= 400 ? 'warn' : 'info';
}
/**
 * Structured logs through pino: one line per request when it completes (method, path without
 * its query, status, time, client address) and every line written while a request runs carries
 * its `requestId`. Headers and bodies are never logged.
 */
let LoggingModule = class LoggingModule {
};
exports.LoggingModule = LoggingModule;
exports.LoggingModule = LoggingModule = __decorate([
    (0, common_1.Module)({
        imports: [
            nestjs_pino_1.LoggerModule.forRootAsync({
                inject: [app_config_1.AppConfig],
                useFactory: (config) => {
                    const trust = config.trustProxy;
                    return {
                        pinoHttp: {
                            logger: (0, pino_1.default)(pinoOptions(config), destination(config)),
                            genReqId: (request) => (0, request_id_1.requestIdOf)(request, trust),
                            quietReqLogger: true,
                            customAttributeKeys: { reqId: 'requestId' },
                            customProps: (request) => ({ ip: (0, trust_proxy_1.clientAddress)(request, trust) }),
                            customLogLevel: levelOf,
                            serializers: {
                                req: (request) => ({
                                    method: request.method,
                                    path: request.url?.split('?')[0],
                                }),
                                res: (response) => ({ statusCode: response.statusCode }),
                            },
                        },
                    };
                },
            }),
        ],
    })
], LoggingModule);
//# sourceMappingURL=logging.module.js.map