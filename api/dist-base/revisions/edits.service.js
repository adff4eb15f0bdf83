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
exports.EditsService = exports.conflict = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../audit/audit.service");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const revision_entity_1 = require("./revision.entity");
const asText = (value) => (value === null || value === undefined ? null : String(value));
const conflict = (subject, currentVersion) => new domain_error_1.DomainError(domain_error_1.ErrorCode.CONFLICT, `This ${subject.toLowerCase()} was changed by someone else since you opened it (it is now at version ${currentVersion}).`, { currentVersion });
exports.conflict = conflict;
/**
 * The one way an edit is written: compare-and-set on `version` (a stale version gets CONFLICT,
 * never a silent overwrite), then a Revision per changed field and an AuditEvent — all in the
 * caller's transaction, so if any of them fails the edit rolls back.
 */
let EditsService = class EditsService {
    audit;
    constructor(audit) {
        this.audit = audit;
    }
    async apply(manager, request) {
        const { row, subject, actor } = request;
        if (row.version !== request.version)
            throw (0, exports.conflict)(subject, row.version);
        const changed = Object.keys(request.changes).filter((field) => request.changes[field] !== undefined && asText(request.changes[field]) !== asText(row[field]));
        if (changed.length === 0)
            return row;
        const values = Object.fromEntries(changed.map((field) => [field, request.changes[field]]));
        const updatedAt = (0, ids_1.nowIso)();
        const result = await manager
            .createQueryBuilder()
            .update(request.entity)
            .set({ ...values, updatedAt, version: () => 'version + 1' })
            .where('id = :id AND version = :version', { id: row.id, version: request.version })
            .execute();
        await this.assertWritten(manager, request.entity, subject, row.id, result.affected);
        const version = request.version + 1;
        await this.insertRevisions(manager, {
            subject,
            subjectId: row.id,
            commitmentId: request.commitmentId,
            reportId: request.reportId ?? null,
            version,
            actor,
            at: updatedAt,
            changes: changed.map((field) => ({
                field,
                before: asText(row[field]),
                after: asText(request.changes[field]),
            })),
        });
        await this.audit.record(manager, {
            actorId: actor.user.id,
            action: request.action ?? `${subject.toLowerCase()}.update`,
            subjectType: subject,
            subjectId: row.id,
            detail: { fields: changed, version },
            ip: actor.ip,
        });
        return { ...row, ...values, version, updatedAt };
    }
    /**
     * Writes a new row whose creation the history shows: a revision per field from empty to its
     * first wording, at version 1, and the audit event.
     */
    async createRecorded(manager, request) {
        const { row } = request;
        await this.create(manager, request.entity, request.subject, row, request.actor);
        await this.insertRevisions(manager, {
            ...request,
            subjectId: row.id,
            commitmentId: null,
            version: row.version,
            at: row.createdAt ?? row.updatedAt,
            changes: request.fields.map((field) => ({ field, before: null, after: asText(row[field]) })),
        });
        return row;
    }
    /**
     * Deletes a row by compare-and-set on `version` (a stale one gets CONFLICT), keeping its last
     * wording in the history: a revision per field from that wording to empty, and the audit event.
     */
    async remove(manager, request) {
        const { row, subject, actor } = request;
        if (row.version !== request.version)
            throw (0, exports.conflict)(subject, row.version);
        const result = await manager
            .createQueryBuilder()
            .delete()
            .from(request.entity)
            .where('id = :id AND version = :version', { id: row.id, version: request.version })
            .execute();
        await this.assertWritten(manager, request.entity, subject, row.id, result.affected);
        const version = request.version + 1;
        await this.insertRevisions(manager, {
            ...request,
            subjectId: row.id,
            commitmentId: null,
            version,
            at: (0, ids_1.nowIso)(),
            changes: request.fields.map((field) => ({ field, before: asText(row[field]), after: null })),
        });
        await this.audit.record(manager, {
            actorId: actor.user.id,
            action: `${subject.toLowerCase()}.delete`,
            subjectType: subject,
            subjectId: row.id,
            detail: { version },
            ip: actor.ip,
        });
    }
    /** A compare-and-set that touched no row met a newer version, or a row already gone. */
    async assertWritten(manager, entity, subject, id, affected) {
        if (affected === 1)
            return;
        const current = await manager.findOneBy(entity, { id });
        if (!current)
            throw (0, domain_error_1.notFound)(subject.toLowerCase(), id);
        throw (0, exports.conflict)(subject, current.version);
    }
    async insertRevisions(manager, input) {
        await manager.insert(revision_entity_1.Revision, input.changes.map(({ field, before, after }) => ({
            id: (0, ids_1.newId)(),
            subjectType: input.subject,
            subjectId: input.subjectId,
            commitmentId: input.commitmentId,
            reportId: input.reportId,
            field,
            before,
            after,
            version: input.version,
            actorId: input.actor.user.id,
            createdAt: input.at,
        })));
    }
    /** Writes a new row and its audit event in the caller's transaction. */
    async create(manager, entity, subject, row, actor) {
        await manager.insert(entity, row);
        await this.audit.record(manager, {
            actorId: actor.user.id,
            action: `${subject.toLowerCase()}.create`,
            subjectType: subject,
            subjectId: row.id,
            ip: actor.ip,
        });
        return row;
    }
};
exports.EditsService = EditsService;
exports.EditsService = EditsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [audit_service_1.AuditService])
], EditsService);
//# sourceMappingURL=edits.service.js.map