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
exports.AuthGuard = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const graphql_1 = require("@nestjs/graphql");
const domain_error_1 = require("../common/domain-error");
const decorators_1 = require("./decorators");
/**
 * Deny by default: an operation runs only when it is marked @Public() or declares its roles and
 * the signed-in user holds one. Resource checks follow in the services.
 */
let AuthGuard = class AuthGuard {
    reflector;
    constructor(reflector) {
        this.reflector = reflector;
    }
    canActivate(context) {
        const targets = [context.getHandler(), context.getClass()];
        if (this.reflector.getAllAndOverride(decorators_1.PUBLIC_KEY, targets))
            return true;
        const roles = this.reflector.getAllAndOverride(decorators_1.ROLES_KEY, targets);
        if (!roles)
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'This operation is not open to anyone.');
        if (context.getType() !== 'graphql')
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'Not available over plain HTTP.');
        const { user } = graphql_1.GqlExecutionContext.create(context).getContext().actor;
        if (!user)
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
        if (!roles.includes(user.role))
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'Your role does not allow this.');
        return true;
    }
};
exports.AuthGuard = AuthGuard;
exports.AuthGuard = AuthGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [core_1.Reflector])
], AuthGuard);
//# sourceMappingURL=auth.guard.js.map