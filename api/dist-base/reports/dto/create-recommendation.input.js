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
exports.CreateRecommendationInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
const recommendation_entity_1 = require("../recommendation.entity");
let CreateRecommendationInput = class CreateRecommendationInput {
    reportId;
    reference;
    title;
    body;
    theme;
    response;
};
exports.CreateRecommendationInput = CreateRecommendationInput;
__decorate([
    (0, input_fields_1.IdField)('The report that makes the recommendation.'),
    __metadata("design:type", String)
], CreateRecommendationInput.prototype, "reportId", void 0);
__decorate([
    (0, input_fields_1.ReferenceField)({ description: 'Short reference such as R4, unique within the report.' }),
    __metadata("design:type", String)
], CreateRecommendationInput.prototype, "reference", void 0);
__decorate([
    (0, input_fields_1.TextField)(300),
    __metadata("design:type", String)
], CreateRecommendationInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], CreateRecommendationInput.prototype, "body", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(100),
    __metadata("design:type", Object)
], CreateRecommendationInput.prototype, "theme", void 0);
__decorate([
    (0, input_fields_1.EnumField)(recommendation_entity_1.RecommendationResponse, { defaultValue: recommendation_entity_1.RecommendationResponse.NO_RESPONSE }),
    __metadata("design:type", String)
], CreateRecommendationInput.prototype, "response", void 0);
exports.CreateRecommendationInput = CreateRecommendationInput = __decorate([
    (0, graphql_1.InputType)()
], CreateRecommendationInput);
//# sourceMappingURL=create-recommendation.input.js.map