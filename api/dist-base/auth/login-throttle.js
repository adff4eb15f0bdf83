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
exports.LoginThrottle = void 0;
const common_1 = require("@nestjs/common");
const rate_limit_1 = require("../common/rate-limit");
const app_config_1 = require("../config/app-config");
const QUARTER_HOUR = 15 * 60;
const HOUR = 60 * 60;
/**
 * Failed sign-ins, counted so that guessing is slow without handing attackers a lock-out:
 * strictly per account and address together and per address, and per account with a much
 * higher bound, past which the account accepts sign-ins only from addresses it has signed in
 * from before. Its owner at their usual address still gets in during a spray from elsewhere.
 */
let LoginThrottle = class LoginThrottle {
    perPair;
    perAddress;
    perAccount;
    constructor(config, limits) {
        this.perPair = limits.create('login-pair', {
            points: config.LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
            seconds: QUARTER_HOUR,
        });
        this.perAddress = limits.create('login-address', {
            points: config.LOGIN_FAILURES_PER_ADDRESS,
            seconds: QUARTER_HOUR,
        });
        this.perAccount = limits.create('login-account', { points: config.LOGIN_FAILURES_PER_ACCOUNT, seconds: HOUR });
    }
    /**
     * The refusal of an attempt before its password is checked, or null. `isUsualAddress` is
     * asked only when the account is past its own bound.
     */
    async refusal(ip, email, isUsualAddress) {
        const account = email.trim().toLowerCase();
        const wait = Math.max(await this.perPair.wait(`${account}|${ip}`), await this.perAddress.wait(ip));
        if (wait > 0)
            return tooMany(wait);
        const accountWait = await this.perAccount.wait(account);
        if (accountWait > 0 && !(await isUsualAddress()))
            return tooMany(accountWait);
        return null;
    }
    async recordFailure(ip, email) {
        const account = email.trim().toLowerCase();
        await Promise.all([
            this.perPair.record(`${account}|${ip}`),
            this.perAddress.record(ip),
            this.perAccount.record(account),
        ]);
    }
    /** A success clears the pair's count; the address's and the account's stay, so a spray stays slow. */
    async recordSuccess(ip, email) {
        await this.perPair.forget(`${email.trim().toLowerCase()}|${ip}`);
    }
};
exports.LoginThrottle = LoginThrottle;
exports.LoginThrottle = LoginThrottle = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [app_config_1.AppConfig, rate_limit_1.RateLimits])
], LoginThrottle);
const tooMany = (seconds) => (0, rate_limit_1.rateLimited)(`Too many failed attempts. Wait ${(0, rate_limit_1.waitInWords)(seconds)}, then try again.`, seconds);
//# sourceMappingURL=login-throttle.js.map