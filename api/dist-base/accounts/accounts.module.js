"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccountsModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const auth_module_1 = require("../auth/auth.module");
const organisations_module_1 = require("../organisations/organisations.module");
const plans_module_1 = require("../plans/plans.module");
const account_password_policy_1 = require("./account-password-policy");
const accounts_resolver_1 = require("./accounts.resolver");
const accounts_service_1 = require("./accounts.service");
const invite_entity_1 = require("./invite.entity");
const people_resolver_1 = require("./people.resolver");
const people_service_1 = require("./people.service");
let AccountsModule = class AccountsModule {
};
exports.AccountsModule = AccountsModule;
exports.AccountsModule = AccountsModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([invite_entity_1.Invite]), auth_module_1.AuthModule, organisations_module_1.OrganisationsModule, plans_module_1.PlansModule],
        providers: [accounts_service_1.AccountsService, account_password_policy_1.AccountPasswordPolicy, accounts_resolver_1.AccountsResolver, people_service_1.PeopleService, people_resolver_1.PeopleResolver],
        exports: [accounts_service_1.AccountsService],
    })
], AccountsModule);
//# sourceMappingURL=accounts.module.js.map