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
exports.ActionPlan = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
let ActionPlan = class ActionPlan {
    id;
    organisationId;
    slug;
    title;
    counterpart;
    agreedOn;
    description;
    isIllustrative;
    publishedAt;
    unpublishedReason;
    version;
    createdAt;
    updatedAt;
};
exports.ActionPlan = ActionPlan;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], ActionPlan.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.RefColumn)({ name: 'organisation_id' }),
    __metadata("design:type", String)
], ActionPlan.prototype, "organisationId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, typeorm_1.Index)({ unique: true }),
    (0, columns_1.StringColumn)(80),
    __metadata("design:type", String)
], ActionPlan.prototype, "slug", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(300),
    __metadata("design:type", String)
], ActionPlan.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Who made the commitments, e.g. "Labour Party".' }),
    (0, columns_1.StringColumn)(200),
    __metadata("design:type", String)
], ActionPlan.prototype, "counterpart", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateScalar, { nullable: true }),
    (0, columns_1.DateColumn)({ name: 'agreed_on' }),
    __metadata("design:type", Object)
], ActionPlan.prototype, "agreedOn", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.TextColumn)({ default: '' }),
    __metadata("design:type", String)
], ActionPlan.prototype, "description", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.FlagColumn)('is_illustrative'),
    __metadata("design:type", Boolean)
], ActionPlan.prototype, "isIllustrative", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar, {
        nullable: true,
        description: 'When the plan was made public; null while it is a draft, which only its organisation sees.',
    }),
    (0, columns_1.InstantColumn)({ name: 'published_at', nullable: true }),
    __metadata("design:type", Object)
], ActionPlan.prototype, "publishedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Why the plan was last taken back to draft.' }),
    (0, columns_1.TextColumn)({ name: 'unpublished_reason', nullable: true }),
    __metadata("design:type", Object)
], ActionPlan.prototype, "unpublishedReason", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], ActionPlan.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], ActionPlan.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], ActionPlan.prototype, "updatedAt", void 0);
exports.ActionPlan = ActionPlan = __decorate([
    (0, graphql_1.ObjectType)({ description: 'The plan a counterpart agreed in answer to one or more reports.' }),
    (0, typeorm_1.Entity)('action_plan')
], ActionPlan);
//# sourceMappingURL=action-plan.entity.js.map