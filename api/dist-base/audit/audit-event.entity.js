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
exports.AuditEvent = void 0;
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
/** An append-only trace of who did what. Never public. */
let AuditEvent = class AuditEvent {
    id;
    actorId;
    action;
    subjectType;
    subjectId;
    /** JSON details; never contains secrets. */
    detail;
    ip;
    createdAt;
};
exports.AuditEvent = AuditEvent;
__decorate([
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], AuditEvent.prototype, "id", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'actor_id', nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "actorId", void 0);
__decorate([
    (0, columns_1.StringColumn)(60),
    __metadata("design:type", String)
], AuditEvent.prototype, "action", void 0);
__decorate([
    (0, columns_1.StringColumn)(30, { name: 'subject_type', nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "subjectType", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'subject_id', nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "subjectId", void 0);
__decorate([
    (0, columns_1.TextColumn)({ default: '{}' }),
    __metadata("design:type", String)
], AuditEvent.prototype, "detail", void 0);
__decorate([
    (0, columns_1.StringColumn)(64, { nullable: true }),
    __metadata("design:type", Object)
], AuditEvent.prototype, "ip", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], AuditEvent.prototype, "createdAt", void 0);
exports.AuditEvent = AuditEvent = __decorate([
    (0, typeorm_1.Entity)('audit_event'),
    (0, typeorm_1.Index)(['subjectType', 'subjectId'])
], AuditEvent);
//# sourceMappingURL=audit-event.entity.js.map