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
exports.CommitmentRecommendation = void 0;
const typeorm_1 = require("typeorm");
/** Which recommendations a commitment answers (many-to-many). */
let CommitmentRecommendation = class CommitmentRecommendation {
    commitmentId;
    recommendationId;
};
exports.CommitmentRecommendation = CommitmentRecommendation;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'varchar', length: 36, name: 'commitment_id' }),
    __metadata("design:type", String)
], CommitmentRecommendation.prototype, "commitmentId", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.PrimaryColumn)({ type: 'varchar', length: 36, name: 'recommendation_id' }),
    __metadata("design:type", String)
], CommitmentRecommendation.prototype, "recommendationId", void 0);
exports.CommitmentRecommendation = CommitmentRecommendation = __decorate([
    (0, typeorm_1.Entity)('commitment_recommendation')
], CommitmentRecommendation);
//# sourceMappingURL=commitment-recommendation.entity.js.map