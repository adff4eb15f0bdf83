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
exports.Evidence = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
require("./ledger.graphql-enums");
let Evidence = class Evidence {
    id;
    statusUpdateId;
    url;
    title;
    kind;
    publishedOn;
    position;
};
exports.Evidence = Evidence;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Evidence.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, columns_1.RefColumn)({ name: 'status_update_id' }),
    __metadata("design:type", String)
], Evidence.prototype, "statusUpdateId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(2000),
    __metadata("design:type", String)
], Evidence.prototype, "url", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(300),
    __metadata("design:type", String)
], Evidence.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.EvidenceKind),
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], Evidence.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateScalar, { nullable: true }),
    (0, columns_1.DateColumn)({ name: 'published_on' }),
    __metadata("design:type", Object)
], Evidence.prototype, "publishedOn", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], Evidence.prototype, "position", void 0);
exports.Evidence = Evidence = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A public source backing a ledger entry.' }),
    (0, typeorm_1.Entity)('evidence')
], Evidence);
//# sourceMappingURL=evidence.entity.js.map