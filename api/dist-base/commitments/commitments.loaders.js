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
exports.CommitmentsLoaders = exports.COMMITMENT_IDS_BY_RECOMMENDATION_ID = exports.RECOMMENDATION_IDS_BY_COMMITMENT_ID = exports.COMMITMENTS_BY_PLAN_ID = exports.COMMITMENTS_BY_ID = void 0;
const common_1 = require("@nestjs/common");
const batch_1 = require("../common/batch");
const commitments_service_1 = require("./commitments.service");
exports.COMMITMENTS_BY_ID = (0, batch_1.loaderKey)('commitments.byId');
exports.COMMITMENTS_BY_PLAN_ID = (0, batch_1.loaderKey)('commitments.byPlanId');
exports.RECOMMENDATION_IDS_BY_COMMITMENT_ID = (0, batch_1.loaderKey)('commitments.recommendationIdsByCommitmentId');
exports.COMMITMENT_IDS_BY_RECOMMENDATION_ID = (0, batch_1.loaderKey)('commitments.commitmentIdsByRecommendationId');
let CommitmentsLoaders = class CommitmentsLoaders {
    service;
    constructor(service) {
        this.service = service;
    }
    byId(ctx) {
        return ctx.loaders.get(exports.COMMITMENTS_BY_ID, async (ids) => (0, batch_1.oneByKey)(ids, await this.service.findByIds(ids), (c) => c.id));
    }
    byPlanId(ctx) {
        return ctx.loaders.get(exports.COMMITMENTS_BY_PLAN_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findByPlanIds(ids), (c) => c.planId));
    }
    recommendationIdsByCommitmentId(ctx) {
        return ctx.loaders.get(exports.RECOMMENDATION_IDS_BY_COMMITMENT_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findLinksByCommitmentIds(ids), (l) => l.commitmentId).map((links) => links.map((l) => l.recommendationId)));
    }
    commitmentIdsByRecommendationId(ctx) {
        return ctx.loaders.get(exports.COMMITMENT_IDS_BY_RECOMMENDATION_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findLinksByRecommendationIds(ids), (l) => l.recommendationId).map((links) => links.map((l) => l.commitmentId)));
    }
};
exports.CommitmentsLoaders = CommitmentsLoaders;
exports.CommitmentsLoaders = CommitmentsLoaders = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [commitments_service_1.CommitmentsService])
], CommitmentsLoaders);
//# sourceMappingURL=commitments.loaders.js.map