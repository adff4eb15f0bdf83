"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.webDistFolder = webDistFolder;
exports.createApp = createApp;
const helmet_1 = __importDefault(require("@fastify/helmet"));
const static_1 = __importDefault(require("@fastify/static"));
const core_1 = require("@nestjs/core");
const platform_fastify_1 = require("@nestjs/platform-fastify");
const nestjs_pino_1 = require("nestjs-pino");
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const nul_character_1 = require("./common/nul-character");
const app_module_1 = require("./app.module");
const clock_1 = require("./common/clock");
const app_config_1 = require("./config/app-config");
const request_id_1 = require("./logging/request-id");
const client_error_filter_1 = require("./web/client-error.filter");
const security_headers_1 = require("./web/security-headers");
const server_timeouts_1 = require("./web/server-timeouts");
const spa_fallback_filter_1 = require("./web/spa-fallback.filter");
const static_files_1 = require("./web/static-files");
/** The built dashboard: WEB_DIST, or web/dist beside the api folder. */
function webDistFolder(config) {
    return (0, node_path_1.resolve)(config.WEB_DIST ?? (0, node_path_1.join)(__dirname, '..', '..', 'web', 'dist'));
}
/**
 * Builds the whole application (API, health routes and, when built, the dashboard) without
 * listening. It logs through pino (see LoggingModule); `logger: false` keeps it silent (the CLI,
 * the tests).
 */
async function createApp(options = {}) {
    const env = (0, app_config_1.loadConfig)();
    const trust = env.trustProxy;
    const adapter = new platform_fastify_1.FastifyAdapter({
        trustProxy: trust ?? false,
        genReqId: (request) => (0, request_id_1.requestIdOf)(request, trust),
        ...(0, server_timeouts_1.serverTimeouts)(env),
    });
    const quiet = options.logger === false;
    const app = await core_1.NestFactory.create(app_module_1.AppModule, adapter, {
        logger: quiet ? false : undefined,
        bufferLogs: !quiet,
        abortOnError: false,
    });
    if (!quiet)
        app.useLogger(app.get(nestjs_pino_1.Logger));
    const config = app.get(app_config_1.AppConfig);
    adapter.getInstance().addHook('onRequest', (request, reply, done) => {
        void reply.header(request_id_1.REQUEST_ID_HEADER, request.id);
        // An address with an encoded NUL names nothing here; refused before any route looks it up.
        if (/%00/i.test(request.url)) {
            void reply.code(400).type('text/plain; charset=utf-8').send(nul_character_1.NUL_MESSAGE);
            return;
        }
        done();
    });
    if (config.CLOCK_START)
        (0, clock_1.startClockAt)(new Date(config.CLOCK_START));
    await app.register(helmet_1.default, (0, security_headers_1.securityHeaders)(config));
    app.useGlobalFilters(new client_error_filter_1.ClientErrorFilter());
    const web = webDistFolder(config);
    if ((0, node_fs_1.existsSync)((0, node_path_1.join)(web, 'index.html'))) {
        await app.register(static_1.default, (0, static_files_1.staticFiles)(web, config));
        app.useGlobalFilters(new spa_fallback_filter_1.SpaFallbackFilter());
    }
    await app.init();
    if (quiet)
        nestjs_pino_1.PinoLogger.root.level = 'silent';
    return app;
}
//# sourceMappingURL=app-factory.js.map