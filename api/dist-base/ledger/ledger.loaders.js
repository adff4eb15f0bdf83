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
exports.LedgerLoaders = exports.EVIDENCE_BY_ENTRY_ID = exports.ENTRIES_BY_SEQUENCE = exports.ENTRIES_BY_ID = exports.STATES_BY_COMMITMENT_ID = exports.PLAN_STATES_BY_PLAN_ID = void 0;
const common_1 = require("@nestjs/common");
const batch_1 = require("../common/batch");
const clock_1 = require("../common/clock");
const commitments_service_1 = require("../commitments/commitments.service");
const milestones_loaders_1 = require("../milestones/milestones.loaders");
const milestones_service_1 = require("../milestones/milestones.service");
const commitment_state_1 = require("./commitment-state");
const ledger_service_1 = require("./ledger.service");
exports.PLAN_STATES_BY_PLAN_ID = (0, batch_1.loaderKey)('ledger.planState');
exports.STATES_BY_COMMITMENT_ID = (0, batch_1.loaderKey)('ledger.stateByCommitmentId');
exports.ENTRIES_BY_ID = (0, batch_1.loaderKey)('ledger.entryById');
exports.ENTRIES_BY_SEQUENCE = (0, batch_1.loaderKey)('ledger.entryBySequence');
exports.EVIDENCE_BY_ENTRY_ID = (0, batch_1.loaderKey)('ledger.evidenceByEntryId');
let LedgerLoaders = class LedgerLoaders {
    ledger;
    commitments;
    milestones;
    milestoneLoaders;
    clock;
    constructor(ledger, commitments, milestones, milestoneLoaders, clock) {
        this.ledger = ledger;
        this.commitments = commitments;
        this.milestones = milestones;
        this.milestoneLoaders = milestoneLoaders;
        this.clock = clock;
    }
    /**
     * Plans in three queries whatever their size. The rows it reads also fill the loaders that the
     * plan's commitments ask next (milestones by commitment, state by commitment), so those cost no
     * further queries. Only loaders asked after this one resolves are filled, which keeps the count
     * of queries independent of timing.
     */
    planState(ctx) {
        return ctx.loaders.get(exports.PLAN_STATES_BY_PLAN_ID, async (planIds) => {
            const [commitments, milestones, factsByPlan] = await Promise.all([
                this.commitments.findByPlanIds(planIds),
                this.milestones.findByPlanIds(planIds),
                this.ledger.factsByPlanIds(planIds),
            ]);
            const today = this.clock.today();
            const states = (0, commitment_state_1.commitmentStates)(commitments, milestones, [...factsByPlan.values()].flat(), today);
            const stateLoader = this.stateByCommitmentId(ctx);
            for (const [id, state] of states)
                stateLoader.prime(id, state);
            const milestonesByCommitment = this.milestoneLoaders.byCommitmentId(ctx);
            const commitmentIds = commitments.map((c) => c.id);
            (0, batch_1.manyByKey)(commitmentIds, milestones, (m) => m.commitmentId).forEach((list, i) => milestonesByCommitment.prime(commitmentIds[i], list));
            const commitmentsByPlan = (0, batch_1.manyByKey)(planIds, commitments, (c) => c.planId);
            const milestonesByPlan = (0, batch_1.manyByKey)(planIds, milestones, (m) => m.planId);
            return planIds.map((planId, i) => ({
                commitments: commitmentsByPlan[i],
                milestones: milestonesByPlan[i],
                facts: factsByPlan.get(planId) ?? [],
                states,
                today,
            }));
        });
    }
    /** The lenses of single commitments (a commitment page), in three batched queries. */
    stateByCommitmentId(ctx) {
        return ctx.loaders.get(exports.STATES_BY_COMMITMENT_ID, async (ids) => {
            const [commitments, milestones, facts] = await Promise.all([
                this.commitments.findByIds(ids),
                this.milestones.findByCommitmentIds(ids),
                this.ledger.factsByCommitmentIds(ids),
            ]);
            const states = (0, commitment_state_1.commitmentStates)(commitments, milestones, facts, this.clock.today());
            return ids.map((id) => states.get(id) ?? new Error(`No commitment ${id}`));
        });
    }
    entryById(ctx) {
        return ctx.loaders.get(exports.ENTRIES_BY_ID, async (ids) => (0, batch_1.oneByKey)(ids, await this.ledger.findByIds(ids), (e) => e.id));
    }
    /** Ledger entries by sequence number, the key the rules' facts carry. */
    entryBySequence(ctx) {
        return ctx.loaders.get(exports.ENTRIES_BY_SEQUENCE, async (sequences) => (0, batch_1.oneByKey)(sequences, await this.ledger.findBySequences(sequences), (e) => e.sequence));
    }
    evidenceByEntryId(ctx) {
        return ctx.loaders.get(exports.EVIDENCE_BY_ENTRY_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.ledger.findEvidenceByEntryIds(ids), (e) => e.statusUpdateId));
    }
};
exports.LedgerLoaders = LedgerLoaders;
exports.LedgerLoaders = LedgerLoaders = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [ledger_service_1.LedgerService,
        commitments_service_1.CommitmentsService,
        milestones_service_1.MilestonesService,
        milestones_loaders_1.MilestonesLoaders,
        clock_1.Clock])
], LedgerLoaders);
//# sourceMappingURL=ledger.loaders.js.map