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
exports.Recommendation = exports.RecommendationResponse = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
var RecommendationResponse;
(function (RecommendationResponse) {
    RecommendationResponse["ACCEPTED_IN_FULL"] = "ACCEPTED_IN_FULL";
    RecommendationResponse["ACCEPTED_IN_PART"] = "ACCEPTED_IN_PART";
    RecommendationResponse["NOT_ACCEPTED"] = "NOT_ACCEPTED";
    RecommendationResponse["NO_RESPONSE"] = "NO_RESPONSE";
})(RecommendationResponse || (exports.RecommendationResponse = RecommendationResponse = {}));
(0, graphql_1.registerEnumType)(RecommendationResponse, {
    name: 'RecommendationResponse',
    description: 'The party’s response to a recommendation.',
});
let Recommendation = class Recommendation {
    id;
    reportId;
    reference;
    title;
    body;
    theme;
    response;
    position;
    isIllustrative;
    version;
    createdAt;
    updatedAt;
};
exports.Recommendation = Recommendation;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Recommendation.prototype, "id", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'report_id' }),
    __metadata("design:type", String)
], Recommendation.prototype, "reportId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Short reference such as R4.' }),
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], Recommendation.prototype, "reference", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(300),
    __metadata("design:type", String)
], Recommendation.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.TextColumn)({ default: '' }),
    __metadata("design:type", String)
], Recommendation.prototype, "body", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    (0, columns_1.StringColumn)(100, { nullable: true }),
    __metadata("design:type", Object)
], Recommendation.prototype, "theme", void 0);
__decorate([
    (0, graphql_1.Field)(() => RecommendationResponse),
    (0, columns_1.StringColumn)(20, { default: RecommendationResponse.NO_RESPONSE }),
    __metadata("design:type", String)
], Recommendation.prototype, "response", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], Recommendation.prototype, "position", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.FlagColumn)('is_illustrative'),
    __metadata("design:type", Boolean)
], Recommendation.prototype, "isIllustrative", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Recommendation.prototype, "version", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Recommendation.prototype, "createdAt", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'updated_at' }),
    __metadata("design:type", String)
], Recommendation.prototype, "updatedAt", void 0);
exports.Recommendation = Recommendation = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A recommendation of a report and the party’s response to it.' }),
    (0, typeorm_1.Entity)('recommendation'),
    (0, typeorm_1.Index)(['reportId', 'reference'], { unique: true })
], Recommendation);
//# sourceMappingURL=recommendation.entity.js.map