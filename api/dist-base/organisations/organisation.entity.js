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
exports.Organisation = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const licences_1 = require("./licences");
let Organisation = class Organisation {
    id;
    slug;
    name;
    description;
    website;
    /** The SPDX-style id of the licence its open data is published under (organisations/licences.ts); GraphQL's `licence` resolves it. */
    licence;
    version;
    createdAt;
    updatedAt;
};
exports.Organisation = Organisation;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Organisation.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, typeorm_1.Index)({ unique: true }),
    (0, columns_1.StringColumn)(80),
    __metadata("design:type", String)
], Organisation.prototype, "slug", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(200),
    __metadata("design:type", String)
], Organisation.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.TextColumn)({ default: '' }),
    __metadata("design:type", String)
], Organisation.prototype, "description", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    (0, columns_1.StringColumn)(500, { nullable: true }),
    __metadata("design:type", Object)
], Organisation.prototype, "website", void 0);
__decorate([
    (0, columns_1.StringColumn)(40, { default: licences_1.DEFAULT_LICENCE_ID }),
    __metadata("design:type", String)
], Organisation.prototype, "licence", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Organisation.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Organisation.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], Organisation.prototype, "updatedAt", void 0);
exports.Organisation = Organisation = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A network that publishes reports and monitors plans.' }),
    (0, typeorm_1.Entity)('organisation')
], Organisation);
//# sourceMappingURL=organisation.entity.js.map