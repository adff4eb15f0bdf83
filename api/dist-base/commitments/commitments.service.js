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
exports.CommitmentsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const audit_service_1 = require("../audit/audit.service");
const access_policy_1 = require("../auth/access-policy");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const transactions_1 = require("../common/transactions");
const plans_service_1 = require("../plans/plans.service");
const duplicates_1 = require("../common/duplicates");
const reports_service_1 = require("../reports/reports.service");
const edits_service_1 = require("../revisions/edits.service");
const revision_entity_1 = require("../revisions/revision.entity");
const commitment_recommendation_entity_1 = require("./commitment-recommendation.entity");
const commitment_entity_1 = require("./commitment.entity");
/** Blank text in a nullable column is stored as null; a field left out stays left out. */
const blankToNull = (value) => (value === '' ? null : value);
let CommitmentsService = class CommitmentsService {
    commitments;
    links;
    plans;
    reports;
    access;
    edits;
    audit;
    transactions;
    constructor(commitments, links, plans, reports, access, edits, audit, transactions) {
        this.commitments = commitments;
        this.links = links;
        this.plans = plans;
        this.reports = reports;
        this.access = access;
        this.edits = edits;
        this.audit = audit;
        this.transactions = transactions;
    }
    async getById(id) {
        const commitment = await this.commitments.findOneBy({ id });
        if (!commitment)
            throw (0, domain_error_1.notFound)('commitment', id);
        return commitment;
    }
    async getByReference(planId, reference) {
        const commitment = await this.commitments.findOneBy({ planId, reference });
        if (!commitment)
            throw (0, domain_error_1.notFound)('commitment', reference);
        return commitment;
    }
    findByIds(ids) {
        return this.commitments.findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    /** Every commitment of the given plans, in each plan's order. */
    findByPlanIds(ids) {
        return this.commitments.find({ where: { planId: (0, typeorm_2.In)([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
    }
    findLinksByCommitmentIds(ids) {
        return this.links.findBy({ commitmentId: (0, typeorm_2.In)([...ids]) });
    }
    findLinksByRecommendationIds(ids) {
        return this.links.findBy({ recommendationId: (0, typeorm_2.In)([...ids]) });
    }
    /** The plan, once the actor is known to be the executive of its organisation. */
    async editablePlan(actor, planId) {
        const plan = await this.plans.getById(planId);
        this.access.assertExecutiveOf(actor.user, plan.organisationId);
        return plan;
    }
    /** A commitment answers recommendations of the reports its plan answers, and no others. */
    async assertAnswerable(recommendations, planId, field) {
        const answered = new Set(await this.plans.reportIdsOf(planId));
        if (recommendations.some((recommendation) => !answered.has(recommendation.reportId))) {
            throw (0, domain_error_1.badInput)('A commitment answers only recommendations of the reports its plan answers.', field);
        }
    }
    async create(input, actor) {
        const plan = await this.editablePlan(actor, input.planId);
        const recommendationIds = [...new Set(input.recommendationIds ?? [])];
        const recommendations = await this.reports.findRecommendationsByIds(recommendationIds);
        const missing = recommendationIds.find((id) => !recommendations.some((r) => r.id === id));
        if (missing)
            throw (0, domain_error_1.notFound)('recommendation', missing);
        await this.assertAnswerable(recommendations, plan.id, 'recommendationIds');
        return this.transactions
            .run(async (manager) => {
            if (await manager.existsBy(commitment_entity_1.Commitment, { planId: plan.id, reference: input.reference })) {
                throw (0, duplicates_1.referenceTaken)(input.reference, 'plan');
            }
            const last = (await manager.maximum(commitment_entity_1.Commitment, 'position', { planId: plan.id })) ?? 0;
            const now = (0, ids_1.nowIso)();
            const commitment = Object.assign(new commitment_entity_1.Commitment(), {
                id: (0, ids_1.newId)(),
                planId: plan.id,
                reference: input.reference,
                position: last + 1,
                title: input.title,
                description: input.description ?? '',
                owner: input.owner || null,
                successCriteria: input.successCriteria || null,
                dueDate: input.dueDate ?? null,
                theme: input.theme || null,
                isIllustrative: false,
                version: 1,
                createdAt: now,
                updatedAt: now,
            });
            const created = await this.edits.create(manager, commitment_entity_1.Commitment, revision_entity_1.RevisionSubject.COMMITMENT, commitment, actor);
            if (recommendationIds.length > 0) {
                await manager.insert(commitment_recommendation_entity_1.CommitmentRecommendation, recommendationIds.map((recommendationId) => ({ commitmentId: commitment.id, recommendationId })));
            }
            return created;
        })
            .catch((0, duplicates_1.duplicateAs)('commitment', 'reference', () => (0, duplicates_1.referenceTaken)(input.reference, 'plan')));
    }
    async update(input, actor) {
        const { planId } = await this.getById(input.id);
        await this.editablePlan(actor, planId);
        const reference = input.reference;
        return this.transactions
            .run(async (manager) => {
            const row = await manager.findOneByOrFail(commitment_entity_1.Commitment, { id: input.id });
            if (reference !== undefined &&
                reference !== row.reference &&
                (await manager.existsBy(commitment_entity_1.Commitment, { planId: row.planId, reference }))) {
                throw (0, duplicates_1.referenceTaken)(reference, 'plan');
            }
            return this.edits.apply(manager, {
                entity: commitment_entity_1.Commitment,
                subject: revision_entity_1.RevisionSubject.COMMITMENT,
                row,
                version: input.version,
                changes: {
                    reference,
                    title: input.title,
                    description: input.description === null ? '' : input.description,
                    owner: blankToNull(input.owner),
                    successCriteria: blankToNull(input.successCriteria),
                    dueDate: input.dueDate,
                    theme: blankToNull(input.theme),
                },
                actor,
                commitmentId: row.id,
            });
        })
            .catch((0, duplicates_1.duplicateAs)('commitment', 'reference', () => (0, duplicates_1.referenceTaken)(reference ?? '', 'plan')));
    }
    /** Adds or removes one commitment–recommendation link; doing what is already done changes nothing. */
    async linkRecommendation(input, actor) {
        const commitment = await this.getById(input.commitmentId);
        await this.editablePlan(actor, commitment.planId);
        const recommendation = await this.reports.getRecommendationById(input.recommendationId);
        if (!input.unlink)
            await this.assertAnswerable([recommendation], commitment.planId, 'recommendationId');
        const link = { commitmentId: commitment.id, recommendationId: recommendation.id };
        return this.transactions.run(async (manager) => {
            const linked = await manager.existsBy(commitment_recommendation_entity_1.CommitmentRecommendation, link);
            if (linked !== input.unlink)
                return manager.findOneByOrFail(commitment_entity_1.Commitment, { id: commitment.id });
            if (input.unlink)
                await manager.delete(commitment_recommendation_entity_1.CommitmentRecommendation, link);
            else
                await manager.insert(commitment_recommendation_entity_1.CommitmentRecommendation, link);
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: input.unlink ? 'commitment.unlink' : 'commitment.link',
                subjectType: revision_entity_1.RevisionSubject.COMMITMENT,
                subjectId: commitment.id,
                detail: { recommendationId: recommendation.id, reference: recommendation.reference },
                ip: actor.ip,
            });
            return manager.findOneByOrFail(commitment_entity_1.Commitment, { id: commitment.id });
        });
    }
};
exports.CommitmentsService = CommitmentsService;
exports.CommitmentsService = CommitmentsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(commitment_entity_1.Commitment)),
    __param(1, (0, typeorm_1.InjectRepository)(commitment_recommendation_entity_1.CommitmentRecommendation)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        typeorm_2.Repository,
        plans_service_1.PlansService,
        reports_service_1.ReportsService,
        access_policy_1.AccessPolicy,
        edits_service_1.EditsService,
        audit_service_1.AuditService,
        transactions_1.Transactions])
], CommitmentsService);
//# sourceMappingURL=commitments.service.js.map