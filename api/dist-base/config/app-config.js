"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = exports.AppConfig = void 0;
exports.loadConfig = loadConfig;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const trust_proxy_1 = require("../web/trust-proxy");
const CLOCK_START_MESSAGE = 'CLOCK_START must be an ISO-8601 instant with its zone, e.g. 2026-11-22T12:00:00Z';
/** The environment the process reads, validated at start; a bad value stops the process naming the variable. */
class AppConfig {
    /** 0 asks the system for a free port (tests). */
    PORT = 3000;
    HOST = '127.0.0.1';
    DATABASE_URL = './data/tracker.sqlite';
    /** PostgreSQL only: the most connections one process holds open at once. */
    DATABASE_POOL_SIZE = 10;
    NODE_ENV = 'development';
    WEB_DIST;
    /** The address people use, e.g. https://tracker.example.org; https makes cookies Secure with the __Host- prefix. */
    PUBLIC_URL;
    /** A session ends after this many minutes without a request. */
    SESSION_IDLE_MINUTES = 8 * 60;
    /** A session ends this many hours after sign-in, however active. */
    SESSION_ABSOLUTE_HOURS = 7 * 24;
    /** How long an invitation link stays valid. */
    INVITE_HOURS = 72;
    /** The most an operation may cost (docs/security.md, "Query cost"); about one unit per value in the answer. */
    GRAPHQL_MAX_COST = 60_000;
    /** How long one GraphQL operation may run before it is stopped with QUERY_TOO_LARGE. */
    GRAPHQL_TIME_LIMIT_MS = 3_000;
    /** How many values (fields resolved, list items included) one answer may hold. */
    GRAPHQL_MAX_VALUES = 100_000;
    /** Writes (comments, responses, status updates, edits, invitations) one account may make per minute. */
    WRITES_PER_ACCOUNT_PER_MINUTE = 60;
    /** Writes one account may make per hour. */
    WRITES_PER_ACCOUNT_PER_HOUR = 1_000;
    /** Writes one address may make per minute, whoever is signed in (people behind one office router share it). */
    WRITES_PER_ADDRESS_PER_MINUTE = 120;
    /** Writes one address may make per hour. */
    WRITES_PER_ADDRESS_PER_HOUR = 3_000;
    /** Failed sign-ins to one account from one address in 15 minutes before that pair must wait. */
    LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    /** Failed sign-ins from one address, to any accounts, in 15 minutes before the address must wait. */
    LOGIN_FAILURES_PER_ADDRESS = 20;
    /**
     * Failed sign-ins to one account, from anywhere, in an hour before the account accepts
     * sign-ins only from addresses it has signed in from before.
     */
    LOGIN_FAILURES_PER_ACCOUNT = 100;
    /**
     * The instant the process's clock starts at (it then runs at the normal pace), for test runs and
     * demonstrations that must show the same dates on any day. Unset: the system clock.
     */
    CLOCK_START;
    /**
     * Whether an empty database is filled with the demo at start. Unset: on in development and test,
     * off in production, where an empty database waits for its first organisation (`tracker org:create`).
     */
    DEMO_DATA;
    /** A request's line and headers must arrive within this many seconds, or the connection is closed (408). */
    HTTP_HEADERS_TIMEOUT_SECONDS = 10;
    /** A whole request, headers and body, must arrive within this many seconds, or the connection is closed (408). */
    HTTP_REQUEST_TIMEOUT_SECONDS = 30;
    /**
     * Which reverse proxies' X-Forwarded-For (and X-Request-Id) to believe: unset believes none, so
     * the connected peer is the client; a hop count such as `1`, or a comma-separated list of
     * addresses and CIDR ranges (Fastify's trustProxy semantics).
     */
    TRUST_PROXY;
    /** The least severe log lines written: fatal, error, warn, info, debug, trace or silent. */
    LOG_LEVEL = 'info';
    /** TRUST_PROXY as a function of a hop's address and distance, or null when no proxy is trusted. */
    get trustProxy() {
        return (0, trust_proxy_1.parseTrustProxy)(this.TRUST_PROXY).trust;
    }
    get database() {
        const url = this.DATABASE_URL;
        if (/^postgres(ql)?:\/\//.test(url))
            return { kind: 'postgres', url };
        return { kind: 'sqlite', path: url.startsWith('file:') ? url.slice('file:'.length) : url };
    }
    /** The origin invitation links point to. */
    get publicUrl() {
        return (this.PUBLIC_URL ?? `http://${this.HOST === '0.0.0.0' ? '127.0.0.1' : this.HOST}:${this.PORT}`).replace(/\/$/, '');
    }
    get secureCookies() {
        return this.publicUrl.startsWith('https://');
    }
    get isProduction() {
        return this.NODE_ENV === 'production';
    }
    /** Whether a start on an empty database seeds the demo (DEMO_DATA, or off in production only). */
    get demoData() {
        return (this.DEMO_DATA ?? (this.isProduction ? 'off' : 'on')) === 'on';
    }
}
exports.AppConfig = AppConfig;
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(65535),
    __metadata("design:type", Object)
], AppConfig.prototype, "PORT", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^[\w.:-]+$/, { message: 'HOST must be a host name or an IP address' }),
    __metadata("design:type", Object)
], AppConfig.prototype, "HOST", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^(file:.+|postgres(ql)?:\/\/.+|[^:]+)$/, {
        message: 'DATABASE_URL must be a file path, file:/path or postgres://…',
    }),
    __metadata("design:type", Object)
], AppConfig.prototype, "DATABASE_URL", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(2),
    (0, class_validator_1.Max)(100),
    __metadata("design:type", Object)
], AppConfig.prototype, "DATABASE_POOL_SIZE", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['development', 'production', 'test']),
    __metadata("design:type", String)
], AppConfig.prototype, "NODE_ENV", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    __metadata("design:type", String)
], AppConfig.prototype, "WEB_DIST", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsUrl)({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be an http(s) URL' }),
    __metadata("design:type", String)
], AppConfig.prototype, "PUBLIC_URL", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(5),
    (0, class_validator_1.Max)(7 * 24 * 60),
    __metadata("design:type", Object)
], AppConfig.prototype, "SESSION_IDLE_MINUTES", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(90 * 24),
    __metadata("design:type", Object)
], AppConfig.prototype, "SESSION_ABSOLUTE_HOURS", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(30 * 24),
    __metadata("design:type", Object)
], AppConfig.prototype, "INVITE_HOURS", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(100),
    (0, class_validator_1.Max)(1_000_000_000),
    __metadata("design:type", Object)
], AppConfig.prototype, "GRAPHQL_MAX_COST", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(60_000),
    __metadata("design:type", Object)
], AppConfig.prototype, "GRAPHQL_TIME_LIMIT_MS", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(100),
    (0, class_validator_1.Max)(10_000_000),
    __metadata("design:type", Object)
], AppConfig.prototype, "GRAPHQL_MAX_VALUES", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "WRITES_PER_ACCOUNT_PER_MINUTE", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "WRITES_PER_ACCOUNT_PER_HOUR", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "WRITES_PER_ADDRESS_PER_MINUTE", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "WRITES_PER_ADDRESS_PER_HOUR", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "LOGIN_FAILURES_PER_ADDRESS", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    __metadata("design:type", Object)
], AppConfig.prototype, "LOGIN_FAILURES_PER_ACCOUNT", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsISO8601)({ strict: true }, { message: CLOCK_START_MESSAGE }),
    (0, class_validator_1.Matches)(/T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, { message: CLOCK_START_MESSAGE }),
    __metadata("design:type", String)
], AppConfig.prototype, "CLOCK_START", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(['on', 'off'], { message: 'DEMO_DATA must be on or off' }),
    __metadata("design:type", String)
], AppConfig.prototype, "DEMO_DATA", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(300),
    __metadata("design:type", Object)
], AppConfig.prototype, "HTTP_HEADERS_TIMEOUT_SECONDS", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(3600),
    __metadata("design:type", Object)
], AppConfig.prototype, "HTTP_REQUEST_TIMEOUT_SECONDS", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    __metadata("design:type", String)
], AppConfig.prototype, "TRUST_PROXY", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    __metadata("design:type", String)
], AppConfig.prototype, "LOG_LEVEL", void 0);
class ConfigError extends Error {
    problems;
    constructor(problems) {
        super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'ConfigError';
    }
}
exports.ConfigError = ConfigError;
const NUMERIC = new Set([
    'PORT',
    'DATABASE_POOL_SIZE',
    'SESSION_IDLE_MINUTES',
    'SESSION_ABSOLUTE_HOURS',
    'INVITE_HOURS',
    'GRAPHQL_MAX_COST',
    'GRAPHQL_TIME_LIMIT_MS',
    'GRAPHQL_MAX_VALUES',
    'WRITES_PER_ACCOUNT_PER_MINUTE',
    'WRITES_PER_ACCOUNT_PER_HOUR',
    'WRITES_PER_ADDRESS_PER_MINUTE',
    'WRITES_PER_ADDRESS_PER_HOUR',
    'LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS',
    'LOGIN_FAILURES_PER_ADDRESS',
    'LOGIN_FAILURES_PER_ACCOUNT',
    'HTTP_HEADERS_TIMEOUT_SECONDS',
    'HTTP_REQUEST_TIMEOUT_SECONDS',
]);
/** A postgres:// URL that names a host and a database. */
function validPostgresUrl(url) {
    try {
        const parsed = new URL(url);
        return parsed.hostname !== '' && parsed.pathname.length > 1;
    }
    catch {
        return false;
    }
}
/** Reads and validates the configuration from an environment (process.env by default). */
function loadConfig(env = process.env) {
    const raw = {};
    const defaults = new AppConfig();
    for (const key of Object.keys(defaults)) {
        const value = env[key];
        if (value === undefined || value === '')
            continue;
        raw[key] = NUMERIC.has(key) && /^\d+$/.test(value) ? Number(value) : value;
    }
    const config = (0, class_transformer_1.plainToInstance)(AppConfig, raw, { exposeDefaultValues: true });
    const errors = (0, class_validator_1.validateSync)(config, { forbidUnknownValues: true });
    const problems = errors.flatMap((error) => Object.values(error.constraints ?? {}).map((message) => `${error.property}=${JSON.stringify(env[error.property] ?? '')}: ${message}`));
    if (config.HTTP_HEADERS_TIMEOUT_SECONDS > config.HTTP_REQUEST_TIMEOUT_SECONDS) {
        problems.push(`HTTP_HEADERS_TIMEOUT_SECONDS=${config.HTTP_HEADERS_TIMEOUT_SECONDS}: must not exceed HTTP_REQUEST_TIMEOUT_SECONDS (${config.HTTP_REQUEST_TIMEOUT_SECONDS}), which includes the headers`);
    }
    const trustProblem = (0, trust_proxy_1.parseTrustProxy)(config.TRUST_PROXY).problem;
    if (trustProblem)
        problems.push(`TRUST_PROXY=${JSON.stringify(env.TRUST_PROXY)}: ${trustProblem}`);
    if (config.database.kind === 'postgres' && !validPostgresUrl(config.DATABASE_URL)) {
        problems.push('DATABASE_URL: a PostgreSQL URL is postgres://user:password@host:port/database');
    }
    if (problems.length > 0)
        throw new ConfigError(problems);
    return config;
}
//# sourceMappingURL=app-config.js.map