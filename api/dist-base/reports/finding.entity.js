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
exports.Finding = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
let Finding = class Finding {
    id;
    reportId;
    label;
    value;
    unit;
    position;
    version;
    createdAt;
    updatedAt;
};
exports.Finding = Finding;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Finding.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.RefColumn)({ name: 'report_id' }),
    __metadata("design:type", String)
], Finding.prototype, "reportId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(300),
    __metadata("design:type", String)
], Finding.prototype, "label", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    (0, typeorm_1.Column)({ type: 'double precision' }),
    __metadata("design:type", Number)
], Finding.prototype, "value", void 0);
__decorate([
    (0, graphql_1.Field)({ description: '`%` for a percentage (0–100); otherwise what is counted, such as "people", or empty.' }),
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], Finding.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Its place in the report’s list, from 1.' }),
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], Finding.prototype, "position", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Finding.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Finding.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], Finding.prototype, "updatedAt", void 0);
exports.Finding = Finding = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A key finding of a report, e.g. "29 % directly experienced Islamophobia".' }),
    (0, typeorm_1.Entity)('finding')
], Finding);
//# sourceMappingURL=finding.entity.js.map