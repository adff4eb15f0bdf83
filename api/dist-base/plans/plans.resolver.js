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
exports.ReportPlansResolver = exports.OrganisationPlansResolver = exports.PlansResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const batch_1 = require("../common/batch");
const lookup_args_1 = require("../common/lookup.args");
const organisation_entity_1 = require("../organisations/organisation.entity");
const organisations_loaders_1 = require("../organisations/organisations.loaders");
const report_entity_1 = require("../reports/report.entity");
const reports_loaders_1 = require("../reports/reports.loaders");
const cost_1 = require("../common/cost");
const action_plan_entity_1 = require("./action-plan.entity");
const create_plan_input_1 = require("./dto/create-plan.input");
const update_plan_input_1 = require("./dto/update-plan.input");
const publish_plan_input_1 = require("./dto/publish-plan.input");
const unpublish_plan_input_1 = require("./dto/unpublish-plan.input");
const plan_visibility_1 = require("./plan-visibility");
const plans_loaders_1 = require("./plans.loaders");
const plans_service_1 = require("./plans.service");
let PlansResolver = class PlansResolver {
    service;
    visibility;
    loaders;
    organisations;
    reportsLoaders;
    constructor(service, visibility, loaders, organisations, reportsLoaders) {
        this.service = service;
        this.visibility = visibility;
        this.loaders = loaders;
        this.organisations = organisations;
        this.reportsLoaders = reportsLoaders;
    }
    plan({ slug }, ctx) {
        return this.visibility.getBySlug(ctx, slug);
    }
    createPlan(input, actor) {
        return this.service.create(input, actor);
    }
    updatePlan(input, actor) {
        return this.service.update(input, actor);
    }
    publishPlan(input, actor) {
        return this.service.publish(input, actor);
    }
    unpublishPlan(input, actor) {
        return this.service.unpublish(input, actor);
    }
    organisation(plan, ctx) {
        return this.organisations.byId(ctx).load(plan.organisationId);
    }
    async reports(plan, ctx) {
        const ids = await this.loaders.reportIdsByPlanId(ctx).load(plan.id);
        return (0, batch_1.loaded)(await this.reportsLoaders.byId(ctx).loadMany(ids));
    }
};
exports.PlansResolver = PlansResolver;
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => action_plan_entity_1.ActionPlan, {
        nullable: true,
        description: 'One plan; NOT_FOUND when the slug is unknown or names a draft you may not see.',
    }),
    __param(0, (0, graphql_1.Args)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [lookup_args_1.SlugArgs, Object]),
    __metadata("design:returntype", Promise)
], PlansResolver.prototype, "plan", null);
__decorate([
    (0, graphql_1.Mutation)(() => action_plan_entity_1.ActionPlan, {
        description: 'Adds a plan of your organisation; its slug must be new to the installation.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_plan_input_1.CreatePlanInput, Object]),
    __metadata("design:returntype", Promise)
], PlansResolver.prototype, "createPlan", null);
__decorate([
    (0, graphql_1.Mutation)(() => action_plan_entity_1.ActionPlan, { description: 'Edits a plan; a stale version gets CONFLICT with the current one.' }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [update_plan_input_1.UpdatePlanInput, Object]),
    __metadata("design:returntype", Promise)
], PlansResolver.prototype, "updatePlan", null);
__decorate([
    (0, graphql_1.Mutation)(() => action_plan_entity_1.ActionPlan, {
        description: 'Makes a draft plan public; a stale version gets CONFLICT, a published plan BAD_USER_INPUT.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [publish_plan_input_1.PublishPlanInput, Object]),
    __metadata("design:returntype", Promise)
], PlansResolver.prototype, "publishPlan", null);
__decorate([
    (0, graphql_1.Mutation)(() => action_plan_entity_1.ActionPlan, {
        description: 'Takes a published plan back to draft, with a reason kept in its history.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [unpublish_plan_input_1.UnpublishPlanInput, Object]),
    __metadata("design:returntype", Promise)
], PlansResolver.prototype, "unpublishPlan", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organisation_entity_1.Organisation),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, Object]),
    __metadata("design:returntype", Promise)
], PlansResolver.prototype, "organisation", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [report_entity_1.Report], { description: 'The reports this plan answers.' }),
    cost_1.FEW_PLANS_OR_REPORTS_COST,
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, Object]),
    __metadata("design:returntype", Promise)
], PlansResolver.prototype, "reports", null);
exports.PlansResolver = PlansResolver = __decorate([
    (0, graphql_1.Resolver)(() => action_plan_entity_1.ActionPlan),
    __metadata("design:paramtypes", [plans_service_1.PlansService,
        plan_visibility_1.PlanVisibility,
        plans_loaders_1.PlansLoaders,
        organisations_loaders_1.OrganisationsLoaders,
        reports_loaders_1.ReportsLoaders])
], PlansResolver);
let OrganisationPlansResolver = class OrganisationPlansResolver {
    loaders;
    visibility;
    constructor(loaders, visibility) {
        this.loaders = loaders;
        this.visibility = visibility;
    }
    async plans(organisation, ctx) {
        return this.visibility.visible(ctx, await this.loaders.byOrganisationId(ctx).load(organisation.id));
    }
};
exports.OrganisationPlansResolver = OrganisationPlansResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => [action_plan_entity_1.ActionPlan], {
        description: 'The organisation’s plans, most recently agreed first; drafts only for those who may see them.',
    }),
    cost_1.FEW_PLANS_OR_REPORTS_COST,
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [organisation_entity_1.Organisation, Object]),
    __metadata("design:returntype", Promise)
], OrganisationPlansResolver.prototype, "plans", null);
exports.OrganisationPlansResolver = OrganisationPlansResolver = __decorate([
    (0, graphql_1.Resolver)(() => organisation_entity_1.Organisation),
    __metadata("design:paramtypes", [plans_loaders_1.PlansLoaders,
        plan_visibility_1.PlanVisibility])
], OrganisationPlansResolver);
let ReportPlansResolver = class ReportPlansResolver {
    loaders;
    visibility;
    constructor(loaders, visibility) {
        this.loaders = loaders;
        this.visibility = visibility;
    }
    async plans(report, ctx) {
        const ids = await this.loaders.planIdsByReportId(ctx).load(report.id);
        return this.visibility.visible(ctx, (0, batch_1.loaded)(await this.loaders.byId(ctx).loadMany(ids)));
    }
};
exports.ReportPlansResolver = ReportPlansResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => [action_plan_entity_1.ActionPlan], {
        description: 'The plans that answer this report; drafts only for those who may see them.',
    }),
    cost_1.FEW_PLANS_OR_REPORTS_COST,
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [report_entity_1.Report, Object]),
    __metadata("design:returntype", Promise)
], ReportPlansResolver.prototype, "plans", null);
exports.ReportPlansResolver = ReportPlansResolver = __decorate([
    (0, graphql_1.Resolver)(() => report_entity_1.Report),
    __metadata("design:paramtypes", [plans_loaders_1.PlansLoaders,
        plan_visibility_1.PlanVisibility])
], ReportPlansResolver);
//# sourceMappingURL=plans.resolver.js.map