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
exports.Commitment = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
let Commitment = class Commitment {
    id;
    planId;
    reference;
    position;
    title;
    description;
    owner;
    successCriteria;
    dueDate;
    theme;
    isIllustrative;
    version;
    createdAt;
    updatedAt;
};
exports.Commitment = Commitment;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Commitment.prototype, "id", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'plan_id' }),
    __metadata("design:type", String)
], Commitment.prototype, "planId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Short reference such as C3, unique within the plan.' }),
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], Commitment.prototype, "reference", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], Commitment.prototype, "position", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(300),
    __metadata("design:type", String)
], Commitment.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.TextColumn)({ default: '' }),
    __metadata("design:type", String)
], Commitment.prototype, "description", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'The body or office responsible.' }),
    (0, columns_1.StringColumn)(200, { nullable: true }),
    __metadata("design:type", Object)
], Commitment.prototype, "owner", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    (0, columns_1.TextColumn)({ name: 'success_criteria', nullable: true }),
    __metadata("design:type", Object)
], Commitment.prototype, "successCriteria", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateScalar, { nullable: true }),
    (0, columns_1.DateColumn)({ name: 'due_date' }),
    __metadata("design:type", Object)
], Commitment.prototype, "dueDate", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    (0, columns_1.StringColumn)(100, { nullable: true }),
    __metadata("design:type", Object)
], Commitment.prototype, "theme", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.FlagColumn)('is_illustrative'),
    __metadata("design:type", Boolean)
], Commitment.prototype, "isIllustrative", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Commitment.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Commitment.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], Commitment.prototype, "updatedAt", void 0);
exports.Commitment = Commitment = __decorate([
    (0, graphql_1.ObjectType)({ description: 'What the counterpart committed to do, by when, and who answers for it.' }),
    (0, typeorm_1.Entity)('commitment'),
    (0, typeorm_1.Index)(['planId', 'reference'], { unique: true }),
    (0, typeorm_1.Index)(['planId', 'position'])
], Commitment);
//# sourceMappingURL=commitment.entity.js.map