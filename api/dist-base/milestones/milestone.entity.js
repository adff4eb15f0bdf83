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
exports.Milestone = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
let Milestone = class Milestone {
    id;
    commitmentId;
    /** The plan of the commitment, kept so plan-wide roll-ups read milestones in one query. */
    planId;
    reference;
    title;
    description;
    dueDate;
    position;
    version;
    createdAt;
    updatedAt;
};
exports.Milestone = Milestone;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Milestone.prototype, "id", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'commitment_id' }),
    __metadata("design:type", String)
], Milestone.prototype, "commitmentId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.RefColumn)({ name: 'plan_id' }),
    __metadata("design:type", String)
], Milestone.prototype, "planId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Short reference such as M2, unique within its commitment ("C3 M2").' }),
    (0, columns_1.StringColumn)(20, { default: '' }),
    __metadata("design:type", String)
], Milestone.prototype, "reference", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(300),
    __metadata("design:type", String)
], Milestone.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.TextColumn)({ default: '' }),
    __metadata("design:type", String)
], Milestone.prototype, "description", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateScalar, { nullable: true }),
    (0, columns_1.DateColumn)({ name: 'due_date' }),
    __metadata("design:type", Object)
], Milestone.prototype, "dueDate", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], Milestone.prototype, "position", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Milestone.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Milestone.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], Milestone.prototype, "updatedAt", void 0);
exports.Milestone = Milestone = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A dated step towards a commitment.' }),
    (0, typeorm_1.Entity)('milestone'),
    (0, typeorm_1.Index)(['commitmentId', 'position']),
    (0, typeorm_1.Index)('IDX_milestone_commitment_id_reference', ['commitmentId', 'reference'], { unique: true })
], Milestone);
//# sourceMappingURL=milestone.entity.js.map