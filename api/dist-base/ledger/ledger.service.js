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
exports.LedgerService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const rules_1 = require("@tracker/rules");
const typeorm_2 = require("typeorm");
const evidence_entity_1 = require("./evidence.entity");
const status_update_entity_1 = require("./status-update.entity");
const toFact = (row) => ({
    subjectType: row.subject_type_milestone ? rules_1.SubjectType.MILESTONE : rules_1.SubjectType.COMMITMENT,
    subjectId: row.subject_type_milestone ?? row.commitment_id,
    lens: row.lens,
    status: row.status,
    sequence: Number(row.sequence),
    createdAt: row.created_at,
});
/** Reads the ledger. Entries are append-only; every status is derived from them, never stored. */
let LedgerService = class LedgerService {
    entries;
    evidence;
    constructor(entries, evidence) {
        this.entries = entries;
        this.evidence = evidence;
    }
    /** The facts the rules need (no narratives), for some commitments and their milestones. */
    factsByCommitmentIds(ids) {
        return this.facts('e.commitment_id IN (:...ids)', ids);
    }
    /** The facts of whole plans, by plan id. */
    async factsByPlanIds(ids) {
        const byPlan = new Map(ids.map((id) => [id, []]));
        for (const row of await this.rows('e.plan_id IN (:...ids)', ids))
            byPlan.get(row.plan_id)?.push(toFact(row));
        return byPlan;
    }
    async facts(where, ids) {
        return (await this.rows(where, ids)).map(toFact);
    }
    rows(where, ids) {
        return this.entries
            .createQueryBuilder('e')
            .select([
            'e.plan_id AS plan_id',
            'e.milestone_id AS subject_type_milestone',
            'e.commitment_id AS commitment_id',
            'e.lens AS lens',
            'e.status AS status',
            'e.sequence AS sequence',
            'e.created_at AS created_at',
        ])
            .where(where, { ids: [...ids] })
            .orderBy('e.sequence', 'ASC')
            .getRawMany();
    }
    findByIds(ids) {
        return this.entries.findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    findBySequences(sequences) {
        return this.entries.findBy({ sequence: (0, typeorm_2.In)([...sequences]) });
    }
    /** Every entry about a commitment and its milestones, oldest first. */
    findByCommitmentId(commitmentId) {
        return this.entries.find({ where: { commitmentId }, order: { sequence: 'ASC' } });
    }
    /** The newest entries of a plan by the time they record (entries may be back-dated), newest first. */
    findLatestByPlanId(planId, limit) {
        return this.entries.find({ where: { planId }, order: { createdAt: 'DESC', sequence: 'DESC' }, take: limit });
    }
    /** Every entry of a plan, oldest first (by sequence). */
    findByPlanId(planId) {
        return this.entries.find({ where: { planId }, order: { sequence: 'ASC' } });
    }
    /** The evidence of every entry of a plan, in one query. */
    findEvidenceByPlanId(planId) {
        return this.evidence
            .createQueryBuilder('ev')
            .innerJoin(status_update_entity_1.StatusUpdate, 'e', 'e.id = ev.status_update_id')
            .where('e.plan_id = :planId', { planId })
            .orderBy('ev.position', 'ASC')
            .getMany();
    }
    findEvidenceByEntryIds(ids) {
        return this.evidence.find({ where: { statusUpdateId: (0, typeorm_2.In)([...ids]) }, order: { position: 'ASC' } });
    }
};
exports.LedgerService = LedgerService;
exports.LedgerService = LedgerService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(status_update_entity_1.StatusUpdate)),
    __param(1, (0, typeorm_1.InjectRepository)(evidence_entity_1.Evidence)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        typeorm_2.Repository])
], LedgerService);
//# sourceMappingURL=ledger.service.js.map