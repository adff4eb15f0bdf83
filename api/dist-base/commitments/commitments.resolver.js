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
exports.PlanCommitmentResolver = exports.RecommendationCommitmentsResolver = exports.CommitmentsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const batch_1 = require("../common/batch");
const domain_error_1 = require("../common/domain-error");
const lookup_args_1 = require("../common/lookup.args");
const action_plan_entity_1 = require("../plans/action-plan.entity");
const plan_visibility_1 = require("../plans/plan-visibility");
const plans_loaders_1 = require("../plans/plans.loaders");
const recommendation_entity_1 = require("../reports/recommendation.entity");
const reports_loaders_1 = require("../reports/reports.loaders");
const commitment_entity_1 = require("./commitment.entity");
const commitments_loaders_1 = require("./commitments.loaders");
const commitments_service_1 = require("./commitments.service");
const create_commitment_input_1 = require("./dto/create-commitment.input");
const link_recommendation_input_1 = require("./dto/link-recommendation.input");
const update_commitment_input_1 = require("./dto/update-commitment.input");
const byPosition = (a, b) => a.position - b.position;
let CommitmentsResolver = class CommitmentsResolver {
    service;
    loaders;
    plans;
    visibility;
    reports;
    constructor(service, loaders, plans, visibility, reports) {
        this.service = service;
        this.loaders = loaders;
        this.plans = plans;
        this.visibility = visibility;
        this.reports = reports;
    }
    async commitment({ id }, ctx) {
        const commitment = await this.service.getById(id);
        if (!(await this.visibility.canSeePlanId(ctx, commitment.planId)))
            throw (0, domain_error_1.notFound)('commitment', id);
        return commitment;
    }
    createCommitment(input, actor) {
        return this.service.create(input, actor);
    }
    updateCommitment(input, actor) {
        return this.service.update(input, actor);
    }
    linkRecommendation(input, actor) {
        return this.service.linkRecommendation(input, actor);
    }
    plan(commitment, ctx) {
        return this.plans.byId(ctx).load(commitment.planId);
    }
    verifiable(commitment) {
        return (0, rules_1.isVerifiable)(commitment);
    }
    async recommendations(commitment, ctx) {
        const ids = await this.loaders.recommendationIdsByCommitmentId(ctx).load(commitment.id);
        return (0, batch_1.loaded)(await this.reports.recommendationById(ctx).loadMany(ids)).sort(byPosition);
    }
};
exports.CommitmentsResolver = CommitmentsResolver;
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => commitment_entity_1.Commitment, {
        nullable: true,
        description: 'One commitment; NOT_FOUND when the id is unknown or its plan is a draft you may not see.',
    }),
    __param(0, (0, graphql_1.Args)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [lookup_args_1.IdArgs, Object]),
    __metadata("design:returntype", Promise)
], CommitmentsResolver.prototype, "commitment", null);
__decorate([
    (0, graphql_1.Mutation)(() => commitment_entity_1.Commitment, { description: 'Adds a commitment at the end of a plan of your organisation.' }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_commitment_input_1.CreateCommitmentInput, Object]),
    __metadata("design:returntype", Promise)
], CommitmentsResolver.prototype, "createCommitment", null);
__decorate([
    (0, graphql_1.Mutation)(() => commitment_entity_1.Commitment, {
        description: 'Edits a commitment; a stale version gets CONFLICT with the current one.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [update_commitment_input_1.UpdateCommitmentInput, Object]),
    __metadata("design:returntype", Promise)
], CommitmentsResolver.prototype, "updateCommitment", null);
__decorate([
    (0, graphql_1.Mutation)(() => commitment_entity_1.Commitment, {
        description: 'Links a commitment to a recommendation it answers, or removes the link; repeating changes nothing.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [link_recommendation_input_1.LinkRecommendationInput, Object]),
    __metadata("design:returntype", Promise)
], CommitmentsResolver.prototype, "linkRecommendation", null);
__decorate([
    (0, graphql_1.ResolveField)(() => action_plan_entity_1.ActionPlan),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentsResolver.prototype, "plan", null);
__decorate([
    (0, graphql_1.ResolveField)(() => Boolean, { description: 'Has an owner, a due date and success criteria.' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment]),
    __metadata("design:returntype", Boolean)
], CommitmentsResolver.prototype, "verifiable", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [recommendation_entity_1.Recommendation], { description: 'The recommendations this commitment answers.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentsResolver.prototype, "recommendations", null);
exports.CommitmentsResolver = CommitmentsResolver = __decorate([
    (0, graphql_1.Resolver)(() => commitment_entity_1.Commitment),
    __metadata("design:paramtypes", [commitments_service_1.CommitmentsService,
        commitments_loaders_1.CommitmentsLoaders,
        plans_loaders_1.PlansLoaders,
        plan_visibility_1.PlanVisibility,
        reports_loaders_1.ReportsLoaders])
], CommitmentsResolver);
let RecommendationCommitmentsResolver = class RecommendationCommitmentsResolver {
    loaders;
    visibility;
    constructor(loaders, visibility) {
        this.loaders = loaders;
        this.visibility = visibility;
    }
    async commitments(recommendation, ctx) {
        const ids = await this.loaders.commitmentIdsByRecommendationId(ctx).load(recommendation.id);
        const commitments = (0, batch_1.loaded)(await this.loaders.byId(ctx).loadMany(ids));
        return (await this.visibility.visibleByPlan(ctx, commitments)).sort(byPosition);
    }
};
exports.RecommendationCommitmentsResolver = RecommendationCommitmentsResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => [commitment_entity_1.Commitment], {
        description: 'The commitments that answer it (of the plans you may see); empty is a gap.',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [recommendation_entity_1.Recommendation, Object]),
    __metadata("design:returntype", Promise)
], RecommendationCommitmentsResolver.prototype, "commitments", null);
exports.RecommendationCommitmentsResolver = RecommendationCommitmentsResolver = __decorate([
    (0, graphql_1.Resolver)(() => recommendation_entity_1.Recommendation),
    __metadata("design:paramtypes", [commitments_loaders_1.CommitmentsLoaders,
        plan_visibility_1.PlanVisibility])
], RecommendationCommitmentsResolver);
let PlanCommitmentResolver = class PlanCommitmentResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    commitment(plan, { reference }) {
        return this.service.getByReference(plan.id, reference);
    }
};
exports.PlanCommitmentResolver = PlanCommitmentResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => commitment_entity_1.Commitment, {
        nullable: true,
        description: 'One commitment of the plan by its reference, e.g. C3.',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Args)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, lookup_args_1.ReferenceArgs]),
    __metadata("design:returntype", Promise)
], PlanCommitmentResolver.prototype, "commitment", null);
exports.PlanCommitmentResolver = PlanCommitmentResolver = __decorate([
    (0, graphql_1.Resolver)(() => action_plan_entity_1.ActionPlan),
    __metadata("design:paramtypes", [commitments_service_1.CommitmentsService])
], PlanCommitmentResolver);
//# sourceMappingURL=commitments.resolver.js.map