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
exports.FindingsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const access_policy_1 = require("../auth/access-policy");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const transactions_1 = require("../common/transactions");
const audit_service_1 = require("../audit/audit.service");
const edits_service_1 = require("../revisions/edits.service");
const revision_entity_1 = require("../revisions/revision.entity");
const finding_input_1 = require("./dto/finding.input");
const finding_entity_1 = require("./finding.entity");
const findings_rules_1 = require("./findings.rules");
const report_entity_1 = require("./report.entity");
/**
 * The fields whose wording a finding's history keeps when it is added or deleted. Its place is
 * recorded only when it is moved: the order is plain on the report itself.
 */
const RECORDED = ['label', 'value', 'unit'];
const staleOrder = () => new domain_error_1.DomainError(domain_error_1.ErrorCode.CONFLICT, 'The findings of this report were changed by someone else since you opened them; nothing was moved. Look at the current order and try again.');
/**
 * A report's key findings: added at a place in the list, edited, put in a new order and deleted,
 * each by the executives of the report's organisation and each recorded in the report's history.
 * Positions stay 1..n: adding or deleting one closes or opens the gap behind it.
 */
let FindingsService = class FindingsService {
    access;
    edits;
    audit;
    transactions;
    constructor(access, edits, audit, transactions) {
        this.access = access;
        this.edits = edits;
        this.audit = audit;
        this.transactions = transactions;
    }
    /** The report, once the actor is known to be one of its organisation's executives. */
    async ownReport(manager, reportId, actor) {
        const report = await manager.findOneBy(report_entity_1.Report, { id: reportId });
        if (!report)
            throw (0, domain_error_1.notFound)('report', reportId);
        this.access.assertExecutiveOf(actor.user, report.organisationId);
        return report;
    }
    async ownFinding(manager, id, actor) {
        const finding = await manager.findOneBy(finding_entity_1.Finding, { id });
        if (!finding)
            throw (0, domain_error_1.notFound)('finding', id);
        await this.ownReport(manager, finding.reportId, actor);
        return finding;
    }
    /** Moves the findings from `from` on by one place up or down, in the caller's transaction. */
    async shift(manager, reportId, from, by) {
        await manager
            .createQueryBuilder()
            .update(finding_entity_1.Finding)
            .set({ position: () => `position + ${by}` })
            .where('report_id = :reportId AND position >= :from', { reportId, from })
            .execute();
    }
    create(input, actor) {
        return this.transactions.run(async (manager) => {
            const report = await this.ownReport(manager, input.reportId, actor);
            const unit = input.unit ?? '';
            const problem = (0, findings_rules_1.valueProblem)(input.value, unit, 'value');
            if (problem)
                throw problem;
            const count = await manager.countBy(finding_entity_1.Finding, { reportId: report.id });
            if (count >= finding_input_1.FINDINGS_MAX)
                throw (0, domain_error_1.badInput)(`A report may list at most ${finding_input_1.FINDINGS_MAX} key findings.`, 'reportId');
            const outOfRange = (0, findings_rules_1.positionProblem)(input.position, count);
            if (outOfRange)
                throw outOfRange;
            await this.shift(manager, report.id, input.position, 1);
            const now = (0, ids_1.nowIso)();
            const finding = Object.assign(new finding_entity_1.Finding(), {
                id: (0, ids_1.newId)(),
                reportId: report.id,
                label: input.label,
                value: input.value,
                unit,
                position: input.position,
                version: 1,
                createdAt: now,
                updatedAt: now,
            });
            return this.edits.createRecorded(manager, {
                entity: finding_entity_1.Finding,
                subject: revision_entity_1.RevisionSubject.FINDING,
                row: finding,
                fields: RECORDED,
                actor,
                reportId: report.id,
            });
        });
    }
    update(input, actor) {
        return this.transactions.run(async (manager) => {
            const row = await this.ownFinding(manager, input.id, actor);
            const unit = input.unit === undefined ? row.unit : (input.unit ?? '');
            const value = input.value ?? row.value;
            if (row.version === input.version) {
                const problem = (0, findings_rules_1.valueProblem)(value, unit, input.value === undefined ? 'unit' : 'value');
                if (problem)
                    throw problem;
            }
            return this.edits.apply(manager, {
                entity: finding_entity_1.Finding,
                subject: revision_entity_1.RevisionSubject.FINDING,
                row,
                version: input.version,
                changes: { label: input.label, value: input.value, unit: input.unit === undefined ? undefined : unit },
                actor,
                commitmentId: null,
                reportId: row.reportId,
            });
        });
    }
    delete(input, actor) {
        return this.transactions.run(async (manager) => {
            const row = await this.ownFinding(manager, input.id, actor);
            await this.edits.remove(manager, {
                entity: finding_entity_1.Finding,
                subject: revision_entity_1.RevisionSubject.FINDING,
                row,
                version: input.version,
                fields: RECORDED,
                actor,
                reportId: row.reportId,
            });
            await this.shift(manager, row.reportId, row.position + 1, -1);
            return manager.findOneByOrFail(report_entity_1.Report, { id: row.reportId });
        });
    }
    /**
     * Puts every finding of the report in the order given. The list must name exactly the report's
     * findings at the versions stored: a view that missed an addition, a deletion, an edit or
     * another reordering gets CONFLICT and nothing moves. Each finding that changes place gets a
     * new version and a revision of its position.
     */
    reorder(input, actor) {
        return this.transactions.run(async (manager) => {
            const report = await this.ownReport(manager, input.reportId, actor);
            const ids = input.findings.map((finding) => finding.id);
            if (new Set(ids).size !== ids.length)
                throw (0, domain_error_1.badInput)('findings must name each finding once.', 'findings');
            const current = await manager.find(finding_entity_1.Finding, { where: { reportId: report.id }, order: { position: 'ASC' } });
            const byId = new Map(current.map((finding) => [finding.id, finding]));
            const unknown = ids.filter((id) => !byId.has(id));
            if (unknown.length > 0 && (await manager.existsBy(finding_entity_1.Finding, { id: (0, typeorm_1.In)(unknown) }))) {
                throw (0, domain_error_1.badInput)('findings must all be findings of this report.', 'findings');
            }
            if (current.length !== ids.length ||
                input.findings.some(({ id, version }) => byId.get(id)?.version !== version)) {
                throw staleOrder();
            }
            const moved = input.findings
                .map(({ id }, index) => ({ row: byId.get(id), position: index + 1 }))
                .filter(({ row, position }) => row.position !== position);
            if (moved.length === 0)
                return report;
            for (const { row, position } of moved) {
                await this.edits.apply(manager, {
                    entity: finding_entity_1.Finding,
                    subject: revision_entity_1.RevisionSubject.FINDING,
                    row,
                    version: row.version,
                    changes: { position },
                    actor,
                    commitmentId: null,
                    reportId: report.id,
                });
            }
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: 'finding.reorder',
                subjectType: revision_entity_1.RevisionSubject.REPORT,
                subjectId: report.id,
                detail: { moved: moved.length },
                ip: actor.ip,
            });
            return report;
        });
    }
};
exports.FindingsService = FindingsService;
exports.FindingsService = FindingsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [access_policy_1.AccessPolicy,
        edits_service_1.EditsService,
        audit_service_1.AuditService,
        transactions_1.Transactions])
], FindingsService);
//# sourceMappingURL=findings.service.js.map