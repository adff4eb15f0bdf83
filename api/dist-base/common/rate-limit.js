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
exports.rateLimited = exports.RateLimit = exports.RateLimits = exports.RATE_LIMIT_TABLE = void 0;
exports.waitInWords = waitInWords;
const common_1 = require("@nestjs/common");
const rate_limiter_flexible_1 = require("rate-limiter-flexible");
const typeorm_1 = require("typeorm");
const domain_error_1 = require("./domain-error");
/** The table, made by a migration, where PostgreSQL installations keep the counters every process shares. */
exports.RATE_LIMIT_TABLE = 'rate_limit';
const HOUR_MS = 60 * 60 * 1000;
/**
 * Makes the counters of the limits, kept by rate-limiter-flexible: in this process's memory on
 * SQLite, where one process serves; on PostgreSQL in the `rate_limit` table, one row per key,
 * counted by one atomic upsert, so that every process behind a load balancer counts the same
 * attempts. Rows whose window ended an hour ago are removed once an hour.
 */
let RateLimits = class RateLimits {
    dataSource;
    pool;
    sweeper;
    constructor(dataSource) {
        this.dataSource = dataSource;
        if (dataSource.options.type !== 'postgres')
            return;
        this.pool = dataSource.driver.master;
        this.sweeper = setInterval(() => void this.sweep(), HOUR_MS).unref();
    }
    create(name, limit) {
        const options = { keyPrefix: name, points: limit.points, duration: limit.seconds };
        const limiter = this.pool
            ? new rate_limiter_flexible_1.RateLimiterPostgres({
                ...options,
                storeClient: this.pool,
                tableName: exports.RATE_LIMIT_TABLE,
                tableCreated: true,
                clearExpiredByTimeout: false,
            })
            : new rate_limiter_flexible_1.RateLimiterMemory(options);
        return new RateLimit(limiter, limit);
    }
    /** Removes the rows whose window ended more than an hour ago; says how many. */
    async sweep(now = Date.now()) {
        if (!this.pool)
            return 0;
        const [, removed] = await this.dataSource
            .query(`DELETE FROM "${exports.RATE_LIMIT_TABLE}" WHERE "expire" < $1`, [now - HOUR_MS])
            .catch(() => [[], 0]);
        return Number(removed);
    }
    onModuleDestroy() {
        clearInterval(this.sweeper);
    }
};
exports.RateLimits = RateLimits;
exports.RateLimits = RateLimits = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], RateLimits);
/** At most `limit.points` events per key in a fixed window of `limit.seconds`. */
class RateLimit {
    limiter;
    limit;
    constructor(limiter, limit) {
        this.limiter = limiter;
        this.limit = limit;
    }
    /** Counts one event for `key`: 0 when it is within the limit, else the seconds until the window ends. */
    async consume(key) {
        try {
            await this.limiter.consume(key);
            return 0;
        }
        catch (refusal) {
            if (refusal instanceof rate_limiter_flexible_1.RateLimiterRes)
                return secondsOf(refusal);
            throw refusal;
        }
    }
    /** Without counting: the seconds to wait when `key` has used up its limit, else 0. */
    async wait(key) {
        const state = await this.limiter.get(key);
        return state && state.consumedPoints >= this.limit.points ? secondsOf(state) : 0;
    }
    /** Counts one event for `key` without refusing it. */
    async record(key) {
        await this.limiter.penalty(key, 1);
    }
    async forget(key) {
        await this.limiter.delete(key);
    }
}
exports.RateLimit = RateLimit;
const secondsOf = (state) => Math.max(1, Math.ceil(state.msBeforeNext / 1000));
/** RATE_LIMITED with the seconds to wait, for the client and its `Retry-After` header. */
const rateLimited = (message, retryAfter) => new domain_error_1.DomainError(domain_error_1.ErrorCode.RATE_LIMITED, message, { retryAfter });
exports.rateLimited = rateLimited;
/** "3 minutes", "40 seconds": a wait as people say it. */
function waitInWords(seconds) {
    if (seconds < 90)
        return `${seconds} second${seconds === 1 ? '' : 's'}`;
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
//# sourceMappingURL=rate-limit.js.map