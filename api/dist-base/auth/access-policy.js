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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessPolicy = exports.PlanSight = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const batch_1 = require("../common/batch");
const domain_error_1 = require("../common/domain-error");
const liaison_plan_entity_1 = require("./liaison-plan.entity");
const user_entity_1 = require("./user.entity");
const forbidden = (message) => new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, message);
/**
 * Who may see which plans: the one rule every read of a plan, and of everything that hangs from
 * it (commitments, milestones, the ledger, history, comments), goes through. A published plan is
 * public. A draft is seen only by the executives of its organisation and the liaisons attached to
 * it; to everyone else it does not exist: it is answered like an unknown slug or id, and it is left
 * out of every list and count.
 */
class PlanSight {
    viewer;
    liaisonPlanIds;
    constructor(viewer, liaisonPlanIds) {
        this.viewer = viewer;
        this.liaisonPlanIds = liaisonPlanIds;
    }
    canSee(plan) {
        if (plan.publishedAt !== null)
            return true;
        const viewer = this.viewer;
        if (!viewer)
            return false;
        if (viewer.role === user_entity_1.Role.EXECUTIVE)
            return viewer.organisationId === plan.organisationId;
        return viewer.role === user_entity_1.Role.LIAISON && this.liaisonPlanIds.has(plan.id);
    }
    /** The plans of a list this viewer may see, in the list's order. */
    visible(plans) {
        return plans.filter((plan) => this.canSee(plan));
    }
}
exports.PlanSight = PlanSight;
const PLAN_SIGHT = (0, batch_1.loaderKey)('access.planSight');
/**
 * Resource checks that roles alone cannot make: an executive acts only for their own
 * organisation; a liaison speaks only for the plans they are attached to.
 */
let AccessPolicy = class AccessPolicy {
    liaisonPlans;
    constructor(liaisonPlans) {
        this.liaisonPlans = liaisonPlans;
    }
    /** What a person (or an anonymous caller, `null`) may see of the plans. */
    async sightOf(user) {
        const planIds = user?.role === user_entity_1.Role.LIAISON
            ? (await this.liaisonPlans.findBy({ userId: user.id })).map((link) => link.planId)
            : [];
        return new PlanSight(user, new Set(planIds));
    }
    /** The sight of a request's actor, worked out once per request. */
    sight(ctx) {
        // Keyed by the user, read when the batch runs: signing in during the request gets a new sight.
        return ctx.loaders
            .get(PLAN_SIGHT, (keys) => Promise.all(keys.map(() => this.sightOf(ctx.actor.user))))
            .load(ctx.actor.user?.id ?? '');
    }
    isExecutiveOf(user, organisationId) {
        return user.role === user_entity_1.Role.EXECUTIVE && user.organisationId === organisationId;
    }
    async isLiaisonFor(user, planId) {
        return user.role === user_entity_1.Role.LIAISON && (await this.liaisonPlans.existsBy({ userId: user.id, planId }));
    }
    assertExecutiveOf(user, organisationId) {
        if (!this.isExecutiveOf(user, organisationId)) {
            throw forbidden('Only the executive of the organisation that owns this record may change it.');
        }
    }
    async assertLiaisonFor(user, planId) {
        if (!(await this.isLiaisonFor(user, planId)))
            throw forbidden('Only a liaison attached to this plan may do this.');
    }
    /** The executive of the plan's organisation or a liaison of the plan: the people who write about it. */
    async assertParticipant(user, plan) {
        if (this.isExecutiveOf(user, plan.organisationId) || (await this.isLiaisonFor(user, plan.id)))
            return;
        throw forbidden('Only the organisation’s executive and the plan’s liaisons may do this.');
    }
};
exports.AccessPolicy = AccessPolicy;
exports.AccessPolicy = AccessPolicy = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(liaison_plan_entity_1.LiaisonPlan)),
    __metadata("design:paramtypes", [typeorm_2.Repository])
], AccessPolicy);
//# sourceMappingURL=access-policy.js.map