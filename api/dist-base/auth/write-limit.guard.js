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
exports.WriteLimitGuard = exports.OwnThrottle = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const graphql_1 = require("@nestjs/graphql");
const rate_limit_1 = require("../common/rate-limit");
const app_config_1 = require("../config/app-config");
const OWN_THROTTLE_KEY = 'tracker:own-throttle';
/** This mutation has a throttle of its own (sign-in) and does not count as a write. */
const OwnThrottle = () => (0, common_1.SetMetadata)(OWN_THROTTLE_KEY, true);
exports.OwnThrottle = OwnThrottle;
const MINUTE = 60;
const HOUR = 60 * 60;
/**
 * Every mutation counts as a write of its account and of its address, per minute and per hour
 * (limits in AppConfig). Past a limit the write is refused with RATE_LIMITED, its
 * `retryAfter` and a `Retry-After` header, before it touches anything.
 */
let WriteLimitGuard = class WriteLimitGuard {
    reflector;
    perAccount;
    perAddress;
    constructor(reflector, config, limits) {
        this.reflector = reflector;
        this.perAccount = [
            limits.create('writes-account-minute', { points: config.WRITES_PER_ACCOUNT_PER_MINUTE, seconds: MINUTE }),
            limits.create('writes-account-hour', { points: config.WRITES_PER_ACCOUNT_PER_HOUR, seconds: HOUR }),
        ];
        this.perAddress = [
            limits.create('writes-address-minute', { points: config.WRITES_PER_ADDRESS_PER_MINUTE, seconds: MINUTE }),
            limits.create('writes-address-hour', { points: config.WRITES_PER_ADDRESS_PER_HOUR, seconds: HOUR }),
        ];
    }
    async canActivate(context) {
        if (context.getType() !== 'graphql')
            return true;
        const gql = graphql_1.GqlExecutionContext.create(context);
        if (gql.getInfo().parentType.name !== 'Mutation')
            return true;
        if (this.reflector.getAllAndOverride(OWN_THROTTLE_KEY, [context.getHandler(), context.getClass()])) {
            return true;
        }
        const { actor, reply } = gql.getContext();
        await this.count(actor, reply);
        return true;
    }
    /**
     * Counts one write of the actor's account and address; past a limit, sets `Retry-After` and
     * throws RATE_LIMITED. The plain HTTP routes that write (the open-data import) call it too.
     */
    async count(actor, reply) {
        const counts = [
            ...(actor.user ? this.perAccount.map((limit) => limit.consume(actor.user.id)) : []),
            ...this.perAddress.map((limit) => limit.consume(actor.ip)),
        ];
        const wait = Math.max(0, ...(await Promise.all(counts)));
        if (wait === 0)
            return;
        reply.header('retry-after', String(wait));
        throw (0, rate_limit_1.rateLimited)(`Too many changes in a short time. Wait ${(0, rate_limit_1.waitInWords)(wait)}, then try again.`, wait);
    }
};
exports.WriteLimitGuard = WriteLimitGuard;
exports.WriteLimitGuard = WriteLimitGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.Reflector,
        app_config_1.AppConfig,
        rate_limit_1.RateLimits])
], WriteLimitGuard);
//# sourceMappingURL=write-limit.guard.js.map