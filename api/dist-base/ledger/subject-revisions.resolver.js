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
exports.SubjectRevisionsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const commitments_loaders_1 = require("../commitments/commitments.loaders");
const pagination_1 = require("../common/pagination");
const milestones_loaders_1 = require("../milestones/milestones.loaders");
const plan_visibility_1 = require("../plans/plan-visibility");
const revisions_args_1 = require("../revisions/dto/revisions.args");
const revision_entity_1 = require("../revisions/revision.entity");
const revisions_resolver_1 = require("../revisions/revisions.resolver");
const revisions_service_1 = require("../revisions/revisions.service");
/**
 * The public history of one item. It lives here, beside the commitment's history, because the
 * revisions of a plan, commitment or milestone are shown only to those who may see the plan: a
 * draft's are answered like an unknown item's, with an empty list.
 */
let SubjectRevisionsResolver = class SubjectRevisionsResolver {
    service;
    visibility;
    commitments;
    milestones;
    constructor(service, visibility, commitments, milestones) {
        this.service = service;
        this.visibility = visibility;
        this.commitments = commitments;
        this.milestones = milestones;
    }
    async revisions(args, ctx) {
        const planId = await this.planIdOf(args.subjectType, args.subjectId, ctx);
        const visible = planId === null || (await this.visibility.canSeePlanId(ctx, planId));
        const found = visible ? await this.service.findBySubject(args.subjectType, args.subjectId) : [];
        return (0, pagination_1.paginate)(found, args, (r) => r.id);
    }
    /** The plan an item belongs to; null for the kinds of item that have no drafts (reports, recommendations, …). */
    async planIdOf(type, id, ctx) {
        // An unknown commitment or milestone keeps its own id: no plan has it, so it is seen by no one, like a draft's.
        if (type === revision_entity_1.RevisionSubject.PLAN)
            return id;
        if (type === revision_entity_1.RevisionSubject.COMMITMENT)
            return (await this.commitments.byId(ctx).load(id))?.planId ?? id;
        if (type === revision_entity_1.RevisionSubject.MILESTONE)
            return (await this.milestones.byId(ctx).load(id))?.planId ?? id;
        return null;
    }
};
exports.SubjectRevisionsResolver = SubjectRevisionsResolver;
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => revisions_resolver_1.RevisionConnection, {
        description: 'Every edit of one item, field by field, oldest first; the original wording is never lost.',
    }),
    __param(0, (0, graphql_1.Args)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [revisions_args_1.RevisionsArgs, Object]),
    __metadata("design:returntype", Promise)
], SubjectRevisionsResolver.prototype, "revisions", null);
exports.SubjectRevisionsResolver = SubjectRevisionsResolver = __decorate([
    (0, graphql_1.Resolver)(() => revision_entity_1.Revision),
    __metadata("design:paramtypes", [revisions_service_1.RevisionsService,
        plan_visibility_1.PlanVisibility,
        commitments_loaders_1.CommitmentsLoaders,
        milestones_loaders_1.MilestonesLoaders])
], SubjectRevisionsResolver);
//# sourceMappingURL=subject-revisions.resolver.js.map