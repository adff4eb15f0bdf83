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
exports.OrganisationReportsResolver = exports.RecommendationsResolver = exports.ReportsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const lookup_args_1 = require("../common/lookup.args");
const organisation_entity_1 = require("../organisations/organisation.entity");
const organisations_loaders_1 = require("../organisations/organisations.loaders");
const create_recommendation_input_1 = require("./dto/create-recommendation.input");
const create_report_input_1 = require("./dto/create-report.input");
const update_recommendation_input_1 = require("./dto/update-recommendation.input");
const update_report_input_1 = require("./dto/update-report.input");
const cost_1 = require("../common/cost");
const finding_entity_1 = require("./finding.entity");
const recommendation_entity_1 = require("./recommendation.entity");
const report_entity_1 = require("./report.entity");
const reports_loaders_1 = require("./reports.loaders");
const reports_service_1 = require("./reports.service");
let ReportsResolver = class ReportsResolver {
    service;
    loaders;
    organisations;
    constructor(service, loaders, organisations) {
        this.service = service;
        this.loaders = loaders;
        this.organisations = organisations;
    }
    report({ slug }) {
        return this.service.getBySlug(slug);
    }
    createReport(input, actor) {
        return this.service.create(input, actor);
    }
    updateReport(input, actor) {
        return this.service.update(input, actor);
    }
    organisation(report, ctx) {
        return this.organisations.byId(ctx).load(report.organisationId);
    }
    findings(report, ctx) {
        return this.loaders.findingsByReportId(ctx).load(report.id);
    }
    recommendations(report, ctx) {
        return this.loaders.recommendationsByReportId(ctx).load(report.id);
    }
};
exports.ReportsResolver = ReportsResolver;
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => report_entity_1.Report, { nullable: true, description: 'One report; NOT_FOUND when the slug is unknown.' }),
    __param(0, (0, graphql_1.Args)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [lookup_args_1.SlugArgs]),
    __metadata("design:returntype", Promise)
], ReportsResolver.prototype, "report", null);
__decorate([
    (0, graphql_1.Mutation)(() => report_entity_1.Report, {
        description: 'Adds a report of your organisation; its slug must be new to the installation.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_report_input_1.CreateReportInput, Object]),
    __metadata("design:returntype", Promise)
], ReportsResolver.prototype, "createReport", null);
__decorate([
    (0, graphql_1.Mutation)(() => report_entity_1.Report, { description: 'Edits a report; a stale version gets CONFLICT with the current one.' }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [update_report_input_1.UpdateReportInput, Object]),
    __metadata("design:returntype", Promise)
], ReportsResolver.prototype, "updateReport", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organisation_entity_1.Organisation),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [report_entity_1.Report, Object]),
    __metadata("design:returntype", Promise)
], ReportsResolver.prototype, "organisation", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [finding_entity_1.Finding], { description: 'Key findings, in the report’s order.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [report_entity_1.Report, Object]),
    __metadata("design:returntype", Promise)
], ReportsResolver.prototype, "findings", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [recommendation_entity_1.Recommendation], { description: 'Recommendations, in the report’s order.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [report_entity_1.Report, Object]),
    __metadata("design:returntype", Promise)
], ReportsResolver.prototype, "recommendations", null);
exports.ReportsResolver = ReportsResolver = __decorate([
    (0, graphql_1.Resolver)(() => report_entity_1.Report),
    __metadata("design:paramtypes", [reports_service_1.ReportsService,
        reports_loaders_1.ReportsLoaders,
        organisations_loaders_1.OrganisationsLoaders])
], ReportsResolver);
let RecommendationsResolver = class RecommendationsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    createRecommendation(input, actor) {
        return this.service.createRecommendation(input, actor);
    }
    updateRecommendation(input, actor) {
        return this.service.updateRecommendation(input, actor);
    }
};
exports.RecommendationsResolver = RecommendationsResolver;
__decorate([
    (0, graphql_1.Mutation)(() => recommendation_entity_1.Recommendation, { description: 'Adds a recommendation at the end of a report of your organisation.' }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_recommendation_input_1.CreateRecommendationInput, Object]),
    __metadata("design:returntype", Promise)
], RecommendationsResolver.prototype, "createRecommendation", null);
__decorate([
    (0, graphql_1.Mutation)(() => recommendation_entity_1.Recommendation, {
        description: 'Edits a recommendation; a stale version gets CONFLICT with the current one.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [update_recommendation_input_1.UpdateRecommendationInput, Object]),
    __metadata("design:returntype", Promise)
], RecommendationsResolver.prototype, "updateRecommendation", null);
exports.RecommendationsResolver = RecommendationsResolver = __decorate([
    (0, graphql_1.Resolver)(() => recommendation_entity_1.Recommendation),
    __metadata("design:paramtypes", [reports_service_1.ReportsService])
], RecommendationsResolver);
let OrganisationReportsResolver = class OrganisationReportsResolver {
    loaders;
    constructor(loaders) {
        this.loaders = loaders;
    }
    reports(organisation, ctx) {
        return this.loaders.byOrganisationId(ctx).load(organisation.id);
    }
};
exports.OrganisationReportsResolver = OrganisationReportsResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => [report_entity_1.Report], { description: 'Reports the organisation published, newest first.' }),
    cost_1.FEW_PLANS_OR_REPORTS_COST,
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [organisation_entity_1.Organisation, Object]),
    __metadata("design:returntype", Promise)
], OrganisationReportsResolver.prototype, "reports", null);
exports.OrganisationReportsResolver = OrganisationReportsResolver = __decorate([
    (0, graphql_1.Resolver)(() => organisation_entity_1.Organisation),
    __metadata("design:paramtypes", [reports_loaders_1.ReportsLoaders])
], OrganisationReportsResolver);
//# sourceMappingURL=reports.resolver.js.map