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
exports.User = exports.Role = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
var Role;
(function (Role) {
    Role["EXECUTIVE"] = "EXECUTIVE";
    Role["LIAISON"] = "LIAISON";
})(Role || (exports.Role = Role = {}));
(0, graphql_1.registerEnumType)(Role, { name: 'Role' });
/** A person with an account. Email and password hash are never public fields. */
let User = class User {
    id;
    /** Executives belong to an organisation; liaisons are attached to plans instead. */
    organisationId;
    email;
    displayName;
    role;
    passwordHash;
    disabledAt;
    version;
    createdAt;
    updatedAt;
};
exports.User = User;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], User.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.RefColumn)({ name: 'organisation_id', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "organisationId", void 0);
__decorate([
    (0, typeorm_1.Index)({ unique: true }),
    (0, columns_1.StringColumn)(254),
    __metadata("design:type", String)
], User.prototype, "email", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(120, { name: 'display_name' }),
    __metadata("design:type", String)
], User.prototype, "displayName", void 0);
__decorate([
    (0, graphql_1.Field)(() => Role),
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], User.prototype, "role", void 0);
__decorate([
    (0, columns_1.StringColumn)(255, { name: 'password_hash', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "passwordHash", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'disabled_at', nullable: true }),
    __metadata("design:type", Object)
], User.prototype, "disabledAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], User.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], User.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], User.prototype, "updatedAt", void 0);
exports.User = User = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A person who writes to the record.' }),
    (0, typeorm_1.Entity)('user')
], User);
//# sourceMappingURL=user.entity.js.map