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
exports.Session = void 0;
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
/** A signed-in session. Only a hash of the token is stored. */
let Session = class Session {
    id;
    userId;
    tokenHash;
    createdAt;
    lastSeenAt;
    expiresAt;
};
exports.Session = Session;
__decorate([
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Session.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.RefColumn)({ name: 'user_id' }),
    __metadata("design:type", String)
], Session.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, columns_1.StringColumn)(64, { name: 'token_hash' }),
    __metadata("design:type", String)
], Session.prototype, "tokenHash", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Session.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'last_seen_at' }),
    __metadata("design:type", String)
], Session.prototype, "lastSeenAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'expires_at' }),
    __metadata("design:type", String)
], Session.prototype, "expiresAt", void 0);
exports.Session = Session = __decorate([
    (0, typeorm_1.Entity)('session')
], Session);
//# sourceMappingURL=session.entity.js.map