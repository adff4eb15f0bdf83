"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const rate_limit_1 = require("../common/rate-limit");
const access_policy_1 = require("./access-policy");
const liaison_plan_entity_1 = require("./liaison-plan.entity");
const login_throttle_1 = require("./login-throttle");
const passwords_service_1 = require("./passwords.service");
const session_entity_1 = require("./session.entity");
const sessions_service_1 = require("./sessions.service");
const user_entity_1 = require("./user.entity");
const users_loaders_1 = require("./users.loaders");
const users_service_1 = require("./users.service");
const write_limit_guard_1 = require("./write-limit.guard");
/** What the module provides is what it shares (the write limits too, for the plain HTTP routes that write). */
const SERVICES = [
    users_service_1.UsersService,
    users_loaders_1.UsersLoaders,
    passwords_service_1.PasswordsService,
    sessions_service_1.SessionsService,
    rate_limit_1.RateLimits,
    login_throttle_1.LoginThrottle,
    access_policy_1.AccessPolicy,
    write_limit_guard_1.WriteLimitGuard,
];
/** Who is signed in and what they may touch: users, passwords, sessions, the access policy. */
let AuthModule = class AuthModule {
};
exports.AuthModule = AuthModule;
exports.AuthModule = AuthModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([user_entity_1.User, session_entity_1.Session, liaison_plan_entity_1.LiaisonPlan])],
        providers: SERVICES,
        exports: SERVICES,
    })
], AuthModule);
//# sourceMappingURL=auth.module.js.map