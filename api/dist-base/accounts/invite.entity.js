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
exports.Invite = void 0;
const typeorm_1 = require("typeorm");
const user_entity_1 = require("../auth/user.entity");
const columns_1 = require("../common/columns");
/** A single-use, expiring invitation. Only a hash of the token is stored. */
let Invite = class Invite {
    id;
    organisationId;
    planId;
    email;
    role;
    tokenHash;
    invitedById;
    expiresAt;
    acceptedAt;
    createdAt;
};
exports.Invite = Invite;
__decorate([
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Invite.prototype, "id", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'organisation_id', nullable: true }),
    __metadata("design:type", Object)
], Invite.prototype, "organisationId", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'plan_id', nullable: true }),
    __metadata("design:type", Object)
], Invite.prototype, "planId", void 0);
__decorate([
    (0, columns_1.StringColumn)(254),
    __metadata("design:type", String)
], Invite.prototype, "email", void 0);
__decorate([
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], Invite.prototype, "role", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, columns_1.StringColumn)(64, { name: 'token_hash' }),
    __metadata("design:type", String)
], Invite.prototype, "tokenHash", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'invited_by_id', nullable: true }),
    __metadata("design:type", Object)
], Invite.prototype, "invitedById", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'expires_at' }),
    __metadata("design:type", String)
], Invite.prototype, "expiresAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'accepted_at', nullable: true }),
    __metadata("design:type", Object)
], Invite.prototype, "acceptedAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Invite.prototype, "createdAt", void 0);
exports.Invite = Invite = __decorate([
    (0, typeorm_1.Entity)('invite')
], Invite);
//# sourceMappingURL=invite.entity.js.map