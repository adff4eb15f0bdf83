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
exports.AccountPasswordPolicy = void 0;
const common_1 = require("@nestjs/common");
const password_policy_1 = require("../auth/password-policy");
const domain_error_1 = require("../common/domain-error");
const organisations_service_1 = require("../organisations/organisations.service");
const plans_service_1 = require("../plans/plans.service");
/** The password policy applied to one account, with its context-specific words (docs/security.md). */
let AccountPasswordPolicy = class AccountPasswordPolicy {
    plans;
    organisations;
    constructor(plans, organisations) {
        this.plans = plans;
        this.organisations = organisations;
    }
    /** Refuses, as BAD_USER_INPUT on `field`, a password the policy does not allow for `holder`. */
    async assertAllowed(password, holder, field = 'password') {
        const plans = holder.planIds.length > 0 ? await this.plans.findByIds(holder.planIds) : [];
        const organisationIds = [
            ...new Set([...(holder.organisationId ? [holder.organisationId] : []), ...plans.map((p) => p.organisationId)]),
        ];
        const organisations = organisationIds.length > 0 ? await this.organisations.findByIds(organisationIds) : [];
        const problem = (0, password_policy_1.passwordProblem)(password, {
            email: holder.email,
            organisationNames: organisations.map((organisation) => organisation.name),
        });
        if (problem)
            throw (0, domain_error_1.badInput)(problem, field);
    }
};
exports.AccountPasswordPolicy = AccountPasswordPolicy;
exports.AccountPasswordPolicy = AccountPasswordPolicy = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [plans_service_1.PlansService,
        organisations_service_1.OrganisationsService])
], AccountPasswordPolicy);
//# sourceMappingURL=account-password-policy.js.map