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
exports.PlanVisibility = void 0;
const common_1 = require("@nestjs/common");
const access_policy_1 = require("../auth/access-policy");
const domain_error_1 = require("../common/domain-error");
const plans_loaders_1 = require("./plans.loaders");
const plans_service_1 = require("./plans.service");
/**
 * The public reads' side of the drafts rule (`PlanSight` in auth/access-policy.ts): a plan the
 * request's actor may not see, and whatever hangs from it, is answered as if it did not exist.
 */
let PlanVisibility = class PlanVisibility {
    access;
    service;
    loaders;
    constructor(access, service, loaders) {
        this.access = access;
        this.service = service;
        this.loaders = loaders;
    }
    /** The plan by its slug; NOT_FOUND, the answer to an unknown slug, when the actor may not see it. */
    async getBySlug(ctx, slug) {
        const plan = await this.service.findBySlug(slug);
        if (!plan || !(await this.access.sight(ctx)).canSee(plan))
            throw (0, domain_error_1.notFound)('plan', slug);
        return plan;
    }
    /** The plans of a list that the actor may see. */
    async visible(ctx, plans) {
        return (await this.access.sight(ctx)).visible(plans);
    }
    /** Whether the actor may see the plan with this id (false when there is none). */
    async canSeePlanId(ctx, planId) {
        const plan = await this.loaders.byId(ctx).load(planId);
        return plan !== null && (await this.access.sight(ctx)).canSee(plan);
    }
    /** The rows of a list (commitments, milestones, …) whose plan the actor may see. */
    async visibleByPlan(ctx, rows) {
        const seen = await Promise.all(rows.map((row) => this.canSeePlanId(ctx, row.planId)));
        return rows.filter((_, i) => seen[i]);
    }
};
exports.PlanVisibility = PlanVisibility;
exports.PlanVisibility = PlanVisibility = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [access_policy_1.AccessPolicy,
        plans_service_1.PlansService,
        plans_loaders_1.PlansLoaders])
], PlanVisibility);
//# sourceMappingURL=plan-visibility.js.map