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
exports.AuditService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const ids_1 = require("../common/ids");
const audit_event_entity_1 = require("./audit-event.entity");
/** The audit actions that sign an account in. */
const SIGN_IN_ACTIONS = ['login.success', 'invite.accept'];
/** Appends to the audit log, inside the caller's transaction so the trace and the change stand or fall together. */
let AuditService = class AuditService {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    async record(manager, input) {
        await manager.insert(audit_event_entity_1.AuditEvent, {
            id: (0, ids_1.newId)(),
            actorId: input.actorId,
            action: input.action,
            subjectType: input.subjectType ?? null,
            subjectId: input.subjectId ?? null,
            detail: JSON.stringify(input.detail ?? {}),
            ip: input.ip ?? null,
            createdAt: (0, ids_1.nowIso)(),
        });
    }
    /** Whether the account signed in successfully from this address since `since` (an ISO instant). */
    hasSignedInFrom(actorId, ip, since) {
        return this.dataSource.getRepository(audit_event_entity_1.AuditEvent).exists({
            where: { actorId, ip, action: 'login.success', createdAt: (0, typeorm_1.MoreThanOrEqual)(since) },
        });
    }
    /** When each account last signed in (a sign-in, or accepting an invitation), by account id; absent if never. */
    async lastSignIns(actorIds) {
        if (actorIds.length === 0)
            return new Map();
        const rows = await this.dataSource
            .getRepository(audit_event_entity_1.AuditEvent)
            .createQueryBuilder('event')
            .select('event.actor_id', 'actorId')
            .addSelect('MAX(event.created_at)', 'at')
            .where({ actorId: (0, typeorm_1.In)([...actorIds]), action: (0, typeorm_1.In)([...SIGN_IN_ACTIONS]) })
            .groupBy('event.actor_id')
            .getRawMany();
        return new Map(rows.map((row) => [row.actorId, row.at]));
    }
};
exports.AuditService = AuditService;
exports.AuditService = AuditService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], AuditService);
//# sourceMappingURL=audit.service.js.map