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
exports.OrganisationAccount = void 0;
const graphql_1 = require("@nestjs/graphql");
const user_entity_1 = require("../../auth/user.entity");
const cost_1 = require("../../common/cost");
const scalars_1 = require("../../common/scalars");
const action_plan_entity_1 = require("../../plans/action-plan.entity");
let OrganisationAccount = class OrganisationAccount {
    id;
    displayName;
    email;
    role;
    plans;
    lastSignInAt;
    enabled;
};
exports.OrganisationAccount = OrganisationAccount;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], OrganisationAccount.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], OrganisationAccount.prototype, "displayName", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The email they sign in with.' }),
    __metadata("design:type", String)
], OrganisationAccount.prototype, "email", void 0);
__decorate([
    (0, graphql_1.Field)(() => user_entity_1.Role),
    __metadata("design:type", String)
], OrganisationAccount.prototype, "role", void 0);
__decorate([
    (0, graphql_1.Field)(() => [action_plan_entity_1.ActionPlan], {
        description: 'A liaison: the organisation’s plans they speak for. Empty for executives.',
    }),
    cost_1.FEW_PLANS_OR_REPORTS_COST,
    __metadata("design:type", Array)
], OrganisationAccount.prototype, "plans", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar, { nullable: true, description: 'When they last signed in; null if never.' }),
    __metadata("design:type", Object)
], OrganisationAccount.prototype, "lastSignInAt", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'False once disabled: they cannot sign in.' }),
    __metadata("design:type", Boolean)
], OrganisationAccount.prototype, "enabled", void 0);
exports.OrganisationAccount = OrganisationAccount = __decorate([
    (0, graphql_1.ObjectType)({
        description: 'An account of an organisation, as its executives see it: never served to anyone else.',
    })
], OrganisationAccount);
//# sourceMappingURL=organisation-account.type.js.map