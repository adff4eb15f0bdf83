"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommitmentsModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const auth_module_1 = require("../auth/auth.module");
const plans_module_1 = require("../plans/plans.module");
const reports_module_1 = require("../reports/reports.module");
const revisions_module_1 = require("../revisions/revisions.module");
const commitment_recommendation_entity_1 = require("./commitment-recommendation.entity");
const commitment_entity_1 = require("./commitment.entity");
const commitments_loaders_1 = require("./commitments.loaders");
const commitments_resolver_1 = require("./commitments.resolver");
const commitments_service_1 = require("./commitments.service");
let CommitmentsModule = class CommitmentsModule {
};
exports.CommitmentsModule = CommitmentsModule;
exports.CommitmentsModule = CommitmentsModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([commitment_entity_1.Commitment, commitment_recommendation_entity_1.CommitmentRecommendation]),
            plans_module_1.PlansModule,
            reports_module_1.ReportsModule,
            auth_module_1.AuthModule,
            revisions_module_1.RevisionsModule,
        ],
        providers: [
            commitments_service_1.CommitmentsService,
            commitments_loaders_1.CommitmentsLoaders,
            commitments_resolver_1.CommitmentsResolver,
            commitments_resolver_1.RecommendationCommitmentsResolver,
            commitments_resolver_1.PlanCommitmentResolver,
        ],
        exports: [commitments_service_1.CommitmentsService, commitments_loaders_1.CommitmentsLoaders],
    })
], CommitmentsModule);
//# sourceMappingURL=commitments.module.js.map