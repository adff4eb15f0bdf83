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
exports.ReportsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../auth/access-policy");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const slug_namespace_1 = require("../common/slug-namespace");
const transactions_1 = require("../common/transactions");
const edits_service_1 = require("../revisions/edits.service");
const revision_entity_1 = require("../revisions/revision.entity");
const duplicates_1 = require("../common/duplicates");
const finding_entity_1 = require("./finding.entity");
const recommendation_entity_1 = require("./recommendation.entity");
const report_entity_1 = require("./report.entity");
let ReportsService = class ReportsService {
    reports;
    findings;
    recommendations;
    access;
    edits;
    slugs;
    transactions;
    constructor(reports, findings, recommendations, access, edits, slugs, transactions) {
        this.reports = reports;
        this.findings = findings;
        this.recommendations = recommendations;
        this.access = access;
        this.edits = edits;
        this.slugs = slugs;
        this.transactions = transactions;
    }
    async getBySlug(slug) {
        const report = await this.reports.findOneBy({ slug });
        if (!report)
            throw (0, domain_error_1.notFound)('report', slug);
        return report;
    }
    async getById(id) {
        const report = await this.reports.findOneBy({ id });
        if (!report)
            throw (0, domain_error_1.notFound)('report', id);
        return report;
    }
    async getRecommendationById(id) {
        const recommendation = await this.recommendations.findOneBy({ id });
        if (!recommendation)
            throw (0, domain_error_1.notFound)('recommendation', id);
        return recommendation;
    }
    findByIds(ids) {
        return this.reports.findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    findByOrganisationIds(ids) {
        return this.reports.find({
            where: { organisationId: (0, typeorm_2.In)([...ids]) },
            order: { publishedOn: { direction: 'DESC', nulls: 'LAST' }, title: 'ASC' },
        });
    }
    findFindingsByReportIds(ids) {
        return this.findings.find({ where: { reportId: (0, typeorm_2.In)([...ids]) }, order: { position: 'ASC' } });
    }
    findRecommendationsByReportIds(ids) {
        return this.recommendations.find({ where: { reportId: (0, typeorm_2.In)([...ids]) }, order: { position: 'ASC' } });
    }
    findRecommendationsByIds(ids) {
        return this.recommendations.find({ where: { id: (0, typeorm_2.In)([...ids]) }, order: { position: 'ASC' } });
    }
    /** The organisation the actor writes for: their own, as its executive. */
    ownOrganisation(actor) {
        const organisationId = actor.user.organisationId ?? '';
        this.access.assertExecutiveOf(actor.user, organisationId);
        return organisationId;
    }
    async create(input, actor) {
        const organisationId = this.ownOrganisation(actor);
        return this.transactions
            .run(async (manager) => {
            await this.slugs.assertFree(manager, input.slug);
            const now = (0, ids_1.nowIso)();
            const report = Object.assign(new report_entity_1.Report(), {
                id: (0, ids_1.newId)(),
                organisationId,
                slug: input.slug,
                title: input.title,
                publishedOn: input.publishedOn ?? null,
                summary: input.summary ?? '',
                url: input.url ?? null,
                isIllustrative: false,
                version: 1,
                createdAt: now,
                updatedAt: now,
            });
            return this.edits.create(manager, report_entity_1.Report, revision_entity_1.RevisionSubject.REPORT, report, actor);
        })
            .catch((0, duplicates_1.duplicateAs)('report', 'slug', () => (0, duplicates_1.slugTaken)(input.slug)));
    }
    async update(input, actor) {
        const { organisationId } = await this.getById(input.id);
        this.access.assertExecutiveOf(actor.user, organisationId);
        return this.transactions.run(async (manager) => {
            const row = await manager.findOneByOrFail(report_entity_1.Report, { id: input.id });
            return this.edits.apply(manager, {
                entity: report_entity_1.Report,
                subject: revision_entity_1.RevisionSubject.REPORT,
                row,
                version: input.version,
                changes: {
                    title: input.title,
                    publishedOn: input.publishedOn,
                    summary: input.summary === null ? '' : input.summary,
                    url: input.url,
                },
                actor,
                commitmentId: null,
            });
        });
    }
    async createRecommendation(input, actor) {
        const report = await this.getById(input.reportId);
        this.access.assertExecutiveOf(actor.user, report.organisationId);
        return this.transactions
            .run(async (manager) => {
            if (await manager.existsBy(recommendation_entity_1.Recommendation, { reportId: report.id, reference: input.reference })) {
                throw (0, duplicates_1.referenceTaken)(input.reference, 'report');
            }
            const last = (await manager.maximum(recommendation_entity_1.Recommendation, 'position', { reportId: report.id })) ?? 0;
            const now = (0, ids_1.nowIso)();
            const recommendation = Object.assign(new recommendation_entity_1.Recommendation(), {
                id: (0, ids_1.newId)(),
                reportId: report.id,
                reference: input.reference,
                title: input.title,
                body: input.body ?? '',
                theme: input.theme || null,
                response: input.response ?? recommendation_entity_1.RecommendationResponse.NO_RESPONSE,
                position: last + 1,
                isIllustrative: false,
                version: 1,
                createdAt: now,
                updatedAt: now,
            });
            return this.edits.create(manager, recommendation_entity_1.Recommendation, revision_entity_1.RevisionSubject.RECOMMENDATION, recommendation, actor);
        })
            .catch((0, duplicates_1.duplicateAs)('recommendation', 'reference', () => (0, duplicates_1.referenceTaken)(input.reference, 'report')));
    }
    async updateRecommendation(input, actor) {
        const { reportId } = await this.getRecommendationById(input.id);
        this.access.assertExecutiveOf(actor.user, (await this.getById(reportId)).organisationId);
        const reference = input.reference;
        return this.transactions
            .run(async (manager) => {
            const row = await manager.findOneByOrFail(recommendation_entity_1.Recommendation, { id: input.id });
            if (reference !== undefined &&
                reference !== row.reference &&
                (await manager.existsBy(recommendation_entity_1.Recommendation, { reportId: row.reportId, reference }))) {
                throw (0, duplicates_1.referenceTaken)(reference, 'report');
            }
            return this.edits.apply(manager, {
                entity: recommendation_entity_1.Recommendation,
                subject: revision_entity_1.RevisionSubject.RECOMMENDATION,
                row,
                version: input.version,
                changes: {
                    reference,
                    title: input.title,
                    body: input.body === null ? '' : input.body,
                    theme: input.theme === '' ? null : input.theme,
                    response: input.response,
                },
                actor,
                commitmentId: null,
            });
        })
            .catch((0, duplicates_1.duplicateAs)('recommendation', 'reference', () => (0, duplicates_1.referenceTaken)(reference ?? '', 'report')));
    }
};
exports.ReportsService = ReportsService;
exports.ReportsService = ReportsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(report_entity_1.Report)),
    __param(1, (0, typeorm_1.InjectRepository)(finding_entity_1.Finding)),
    __param(2, (0, typeorm_1.InjectRepository)(recommendation_entity_1.Recommendation)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        typeorm_2.Repository,
        typeorm_2.Repository,
        access_policy_1.AccessPolicy,
        edits_service_1.EditsService,
        slug_namespace_1.SlugNamespace,
        transactions_1.Transactions])
], ReportsService);
//# sourceMappingURL=reports.service.js.map