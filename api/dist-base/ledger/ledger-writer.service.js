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
exports.LedgerWriter = void 0;
const common_1 = require("@nestjs/common");
const rules_1 = require("@tracker/rules");
const audit_service_1 = require("../audit/audit.service");
const access_policy_1 = require("../auth/access-policy");
const commitments_service_1 = require("../commitments/commitments.service");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const transactions_1 = require("../common/transactions");
const milestones_service_1 = require("../milestones/milestones.service");
const plans_service_1 = require("../plans/plans.service");
const evidence_entity_1 = require("./evidence.entity");
const status_update_entity_1 = require("./status-update.entity");
/**
 * Appends to the ledger. Only executives write the assessment lens; liaisons write the
 * party-reported lens of their plans, and an executive writing it is marked as doing so on the
 * party's behalf. The entry, its evidence and its audit event are one transaction.
 */
let LedgerWriter = class LedgerWriter {
    commitments;
    milestones;
    plans;
    access;
    audit;
    transactions;
    constructor(commitments, milestones, plans, access, audit, transactions) {
        this.commitments = commitments;
        this.milestones = milestones;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }
    async post(input, actor) {
        const milestone = input.subjectType === rules_1.SubjectType.MILESTONE ? await this.milestones.getById(input.subjectId) : null;
        const commitment = await this.commitments.getById(milestone?.commitmentId ?? input.subjectId);
        const plan = await this.plans.getById(commitment.planId);
        const executive = this.access.isExecutiveOf(actor.user, plan.organisationId);
        if (input.lens === rules_1.Lens.ASSESSMENT || milestone) {
            this.access.assertExecutiveOf(actor.user, plan.organisationId);
        }
        else if (!executive) {
            await this.access.assertLiaisonFor(actor.user, plan.id);
        }
        const problem = (0, rules_1.entryProblem)({
            subjectType: input.subjectType,
            lens: input.lens,
            status: input.status,
            evidenceCount: input.evidence.length,
            reasonCode: input.reasonCode ?? null,
        });
        if (problem)
            throw (0, domain_error_1.badInput)(problem.message, problem.field);
        return this.transactions.run(async (manager) => {
            if (input.correctsId) {
                const corrected = await manager.findOneBy(status_update_entity_1.StatusUpdate, { id: input.correctsId });
                const sameSubject = corrected &&
                    corrected.lens === input.lens &&
                    corrected.commitmentId === commitment.id &&
                    corrected.milestoneId === (milestone?.id ?? null);
                if (!sameSubject)
                    throw (0, domain_error_1.badInput)('correctsId must name an earlier entry of the same subject and lens.', 'correctsId');
            }
            return this.append(manager, {
                planId: plan.id,
                commitmentId: commitment.id,
                milestoneId: milestone?.id ?? null,
                lens: input.lens,
                status: input.status,
                narrative: input.narrative,
                reasonCode: input.reasonCode ?? null,
                onBehalfOfParty: input.lens === rules_1.Lens.PARTY_REPORTED && executive,
                correctsId: input.correctsId ?? null,
                createdAt: (0, ids_1.nowIso)(),
                evidence: input.evidence,
                actor,
            });
        });
    }
    /**
     * Writes one entry at the end of the installation's ledger (the next sequence number), its
     * evidence and its audit event, in the caller's transaction. The caller has checked who may
     * write it and the ledger's rules; the import uses it for the entries it appends.
     */
    async append(manager, draft) {
        const { evidence, actor, ...fields } = draft;
        const last = (await manager.maximum(status_update_entity_1.StatusUpdate, 'sequence')) ?? 0;
        const entry = Object.assign(new status_update_entity_1.StatusUpdate(), {
            id: (0, ids_1.newId)(),
            sequence: last + 1,
            ...fields,
            authorId: actor.user.id,
        });
        await manager.insert(status_update_entity_1.StatusUpdate, entry);
        if (evidence.length > 0) {
            await manager.insert(evidence_entity_1.Evidence, evidence.map((item, position) => ({
                id: (0, ids_1.newId)(),
                statusUpdateId: entry.id,
                url: item.url,
                title: item.title,
                kind: item.kind,
                publishedOn: item.publishedOn ?? null,
                position,
            })));
        }
        await this.audit.record(manager, {
            actorId: actor.user.id,
            action: 'status_update.create',
            subjectType: entry.milestoneId ? rules_1.SubjectType.MILESTONE : rules_1.SubjectType.COMMITMENT,
            subjectId: entry.milestoneId ?? entry.commitmentId,
            detail: { lens: entry.lens, status: entry.status, sequence: entry.sequence },
            ip: actor.ip,
        });
        return entry;
    }
};
exports.LedgerWriter = LedgerWriter;
exports.LedgerWriter = LedgerWriter = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [commitments_service_1.CommitmentsService,
        milestones_service_1.MilestonesService,
        plans_service_1.PlansService,
        access_policy_1.AccessPolicy,
        audit_service_1.AuditService,
        transactions_1.Transactions])
], LedgerWriter);
//# sourceMappingURL=ledger-writer.service.js.map