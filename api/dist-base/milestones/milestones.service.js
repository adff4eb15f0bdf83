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
exports.MilestonesService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../auth/access-policy");
const commitments_service_1 = require("../commitments/commitments.service");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const transactions_1 = require("../common/transactions");
const plans_service_1 = require("../plans/plans.service");
const edits_service_1 = require("../revisions/edits.service");
const revision_entity_1 = require("../revisions/revision.entity");
const milestone_reference_1 = require("./milestone-reference");
const milestone_entity_1 = require("./milestone.entity");
let MilestonesService = class MilestonesService {
    milestones;
    commitments;
    plans;
    access;
    edits;
    transactions;
    constructor(milestones, commitments, plans, access, edits, transactions) {
        this.milestones = milestones;
        this.commitments = commitments;
        this.plans = plans;
        this.access = access;
        this.edits = edits;
        this.transactions = transactions;
    }
    async getById(id) {
        const milestone = await this.milestones.findOneBy({ id });
        if (!milestone)
            throw (0, domain_error_1.notFound)('milestone', id);
        return milestone;
    }
    findByIds(ids) {
        return this.milestones.findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    findByCommitmentIds(ids) {
        return this.milestones.find({ where: { commitmentId: (0, typeorm_2.In)([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
    }
    findByPlanIds(ids) {
        return this.milestones.find({ where: { planId: (0, typeorm_2.In)([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
    }
    async assertEditor(actor, planId) {
        this.access.assertExecutiveOf(actor.user, (await this.plans.getById(planId)).organisationId);
    }
    async create(input, actor) {
        const commitment = await this.commitments.getById(input.commitmentId);
        await this.assertEditor(actor, commitment.planId);
        return this.transactions.run(async (manager) => {
            const last = (await manager.maximum(milestone_entity_1.Milestone, 'position', { commitmentId: commitment.id })) ?? 0;
            const siblings = await manager.find(milestone_entity_1.Milestone, {
                where: { commitmentId: commitment.id },
                select: { reference: true },
            });
            const now = (0, ids_1.nowIso)();
            const milestone = Object.assign(new milestone_entity_1.Milestone(), {
                id: (0, ids_1.newId)(),
                commitmentId: commitment.id,
                planId: commitment.planId,
                reference: (0, milestone_reference_1.nextMilestoneReference)(siblings.map((sibling) => sibling.reference)),
                title: input.title,
                description: input.description ?? '',
                dueDate: input.dueDate ?? null,
                position: last + 1,
                version: 1,
                createdAt: now,
                updatedAt: now,
            });
            return this.edits.create(manager, milestone_entity_1.Milestone, revision_entity_1.RevisionSubject.MILESTONE, milestone, actor);
        });
    }
    async update(input, actor) {
        const { planId } = await this.getById(input.id);
        await this.assertEditor(actor, planId);
        return this.transactions.run(async (manager) => {
            const row = await manager.findOneByOrFail(milestone_entity_1.Milestone, { id: input.id });
            return this.edits.apply(manager, {
                entity: milestone_entity_1.Milestone,
                subject: revision_entity_1.RevisionSubject.MILESTONE,
                row,
                version: input.version,
                changes: {
                    title: input.title,
                    description: input.description === null ? '' : input.description,
                    dueDate: input.dueDate,
                },
                actor,
                commitmentId: row.commitmentId,
            });
        });
    }
};
exports.MilestonesService = MilestonesService;
exports.MilestonesService = MilestonesService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(milestone_entity_1.Milestone)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        commitments_service_1.CommitmentsService,
        plans_service_1.PlansService,
        access_policy_1.AccessPolicy,
        edits_service_1.EditsService,
        transactions_1.Transactions])
], MilestonesService);
//# sourceMappingURL=milestones.service.js.map