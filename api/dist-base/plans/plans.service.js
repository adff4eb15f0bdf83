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
exports.PlansService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../auth/access-policy");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const slug_namespace_1 = require("../common/slug-namespace");
const transactions_1 = require("../common/transactions");
const duplicates_1 = require("../common/duplicates");
const reports_service_1 = require("../reports/reports.service");
const edits_service_1 = require("../revisions/edits.service");
const revision_entity_1 = require("../revisions/revision.entity");
const action_plan_entity_1 = require("./action-plan.entity");
const plan_report_entity_1 = require("./plan-report.entity");
let PlansService = class PlansService {
    plans;
    planReports;
    reports;
    access;
    edits;
    slugs;
    transactions;
    constructor(plans, planReports, reports, access, edits, slugs, transactions) {
        this.plans = plans;
        this.planReports = planReports;
        this.reports = reports;
        this.access = access;
        this.edits = edits;
        this.slugs = slugs;
        this.transactions = transactions;
    }
    /** The plan with this slug, draft or published: callers that answer the public check who may see it. */
    findBySlug(slug) {
        return this.plans.findOneBy({ slug });
    }
    /** The plan with this slug, draft or published, for the server's own tools (the CLI). */
    async getBySlug(slug) {
        const plan = await this.findBySlug(slug);
        if (!plan)
            throw (0, domain_error_1.notFound)('plan', slug);
        return plan;
    }
    async getById(id) {
        const plan = await this.plans.findOneBy({ id });
        if (!plan)
            throw (0, domain_error_1.notFound)('plan', id);
        return plan;
    }
    findByIds(ids) {
        return this.plans.findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    findByOrganisationIds(ids) {
        return this.plans.find({
            where: { organisationId: (0, typeorm_2.In)([...ids]) },
            order: { agreedOn: { direction: 'DESC', nulls: 'LAST' }, title: 'ASC' },
        });
    }
    findReportLinksByPlanIds(ids) {
        return this.planReports.findBy({ planId: (0, typeorm_2.In)([...ids]) });
    }
    findPlanLinksByReportIds(ids) {
        return this.planReports.findBy({ reportId: (0, typeorm_2.In)([...ids]) });
    }
    /** The ids of the reports a plan answers. */
    async reportIdsOf(planId) {
        return (await this.findReportLinksByPlanIds([planId])).map((link) => link.reportId);
    }
    /** Every id names a report (else NOT_FOUND) of the given organisation (else BAD_USER_INPUT). */
    async assertOwnReports(ids, organisationId) {
        const found = new Map((await this.reports.findByIds(ids)).map((report) => [report.id, report]));
        for (const id of ids) {
            const report = found.get(id);
            if (!report)
                throw (0, domain_error_1.notFound)('report', id);
            if (report.organisationId !== organisationId) {
                throw (0, domain_error_1.badInput)('A plan answers reports of its own organisation only.', 'reportIds');
            }
        }
    }
    async create(input, actor) {
        const organisationId = actor.user.organisationId ?? '';
        this.access.assertExecutiveOf(actor.user, organisationId);
        const reportIds = [...new Set(input.reportIds ?? [])];
        await this.assertOwnReports(reportIds, organisationId);
        return this.transactions
            .run(async (manager) => {
            await this.slugs.assertFree(manager, input.slug);
            const now = (0, ids_1.nowIso)();
            const plan = Object.assign(new action_plan_entity_1.ActionPlan(), {
                id: (0, ids_1.newId)(),
                organisationId,
                slug: input.slug,
                title: input.title,
                counterpart: input.counterpart,
                agreedOn: input.agreedOn ?? null,
                description: input.description ?? '',
                isIllustrative: false,
                publishedAt: null,
                unpublishedReason: null,
                version: 1,
                createdAt: now,
                updatedAt: now,
            });
            const created = await this.edits.create(manager, action_plan_entity_1.ActionPlan, revision_entity_1.RevisionSubject.PLAN, plan, actor);
            if (reportIds.length > 0) {
                await manager.insert(plan_report_entity_1.PlanReport, reportIds.map((reportId) => ({ planId: plan.id, reportId })));
            }
            return created;
        })
            .catch((0, duplicates_1.duplicateAs)('action_plan', 'slug', () => (0, duplicates_1.slugTaken)(input.slug)));
    }
    async update(input, actor) {
        const { organisationId } = await this.getById(input.id);
        this.access.assertExecutiveOf(actor.user, organisationId);
        return this.transactions.run(async (manager) => {
            const row = await manager.findOneByOrFail(action_plan_entity_1.ActionPlan, { id: input.id });
            return this.edits.apply(manager, {
                entity: action_plan_entity_1.ActionPlan,
                subject: revision_entity_1.RevisionSubject.PLAN,
                row,
                version: input.version,
                changes: {
                    title: input.title,
                    counterpart: input.counterpart,
                    agreedOn: input.agreedOn,
                    description: input.description === null ? '' : input.description,
                },
                actor,
                commitmentId: null,
            });
        });
    }
    /** Makes a draft public: a revision in the plan's history and a `plan.publish` audit event. */
    publish(input, actor) {
        return this.changePublication(input, actor, 'publish');
    }
    /** Takes a published plan back to draft, with the reason in its history: `plan.unpublish`. */
    unpublish(input, actor) {
        return this.changePublication(input, actor, 'unpublish', input.reason);
    }
    async changePublication(input, actor, step, reason) {
        const { organisationId } = await this.getById(input.id);
        this.access.assertExecutiveOf(actor.user, organisationId);
        return this.transactions.run(async (manager) => {
            const row = await manager.findOneByOrFail(action_plan_entity_1.ActionPlan, { id: input.id });
            if (row.version !== input.version)
                throw (0, edits_service_1.conflict)(revision_entity_1.RevisionSubject.PLAN, row.version);
            if (step === 'publish' && row.publishedAt !== null) {
                throw (0, domain_error_1.badInput)('This plan is already published; there is nothing to publish.', 'id');
            }
            if (step === 'unpublish' && row.publishedAt === null) {
                throw (0, domain_error_1.badInput)('This plan is a draft already; only a published plan can be unpublished.', 'id');
            }
            return this.edits.apply(manager, {
                entity: action_plan_entity_1.ActionPlan,
                subject: revision_entity_1.RevisionSubject.PLAN,
                row,
                version: input.version,
                changes: step === 'publish'
                    ? { publishedAt: (0, ids_1.nowIso)(), unpublishedReason: null }
                    : { publishedAt: null, unpublishedReason: reason },
                actor,
                commitmentId: null,
                action: `plan.${step}`,
            });
        });
    }
};
exports.PlansService = PlansService;
exports.PlansService = PlansService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(action_plan_entity_1.ActionPlan)),
    __param(1, (0, typeorm_1.InjectRepository)(plan_report_entity_1.PlanReport)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        typeorm_2.Repository,
        reports_service_1.ReportsService,
        access_policy_1.AccessPolicy,
        edits_service_1.EditsService,
        slug_namespace_1.SlugNamespace,
        transactions_1.Transactions])
], PlansService);
//# sourceMappingURL=plans.service.js.map