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
exports.Report = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
let Report = class Report {
    id;
    organisationId;
    slug;
    title;
    publishedOn;
    summary;
    url;
    isIllustrative;
    version;
    createdAt;
    updatedAt;
};
exports.Report = Report;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Report.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.RefColumn)({ name: 'organisation_id' }),
    __metadata("design:type", String)
], Report.prototype, "organisationId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, typeorm_1.Index)({ unique: true }),
    (0, columns_1.StringColumn)(80),
    __metadata("design:type", String)
], Report.prototype, "slug", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(300),
    __metadata("design:type", String)
], Report.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateScalar, { nullable: true }),
    (0, columns_1.DateColumn)({ name: 'published_on' }),
    __metadata("design:type", Object)
], Report.prototype, "publishedOn", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.TextColumn)({ default: '' }),
    __metadata("design:type", String)
], Report.prototype, "summary", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    (0, columns_1.StringColumn)(500, { nullable: true }),
    __metadata("design:type", Object)
], Report.prototype, "url", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'True where the content is illustrative demo data, not an organisation’s own record.' }),
    (0, columns_1.FlagColumn)('is_illustrative'),
    __metadata("design:type", Boolean)
], Report.prototype, "isIllustrative", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Report.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Report.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], Report.prototype, "updatedAt", void 0);
exports.Report = Report = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A published report: its findings and recommendations.' }),
    (0, typeorm_1.Entity)('report')
], Report);
//# sourceMappingURL=report.entity.js.map