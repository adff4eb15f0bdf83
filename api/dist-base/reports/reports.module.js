"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReportsModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const auth_module_1 = require("../auth/auth.module");
const organisations_module_1 = require("../organisations/organisations.module");
const revisions_module_1 = require("../revisions/revisions.module");
const finding_entity_1 = require("./finding.entity");
const findings_resolver_1 = require("./findings.resolver");
const findings_service_1 = require("./findings.service");
const recommendation_entity_1 = require("./recommendation.entity");
const report_entity_1 = require("./report.entity");
const reports_loaders_1 = require("./reports.loaders");
const reports_resolver_1 = require("./reports.resolver");
const reports_service_1 = require("./reports.service");
let ReportsModule = class ReportsModule {
};
exports.ReportsModule = ReportsModule;
exports.ReportsModule = ReportsModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([report_entity_1.Report, finding_entity_1.Finding, recommendation_entity_1.Recommendation]),
            organisations_module_1.OrganisationsModule,
            auth_module_1.AuthModule,
            revisions_module_1.RevisionsModule,
        ],
        providers: [
            reports_service_1.ReportsService,
            reports_loaders_1.ReportsLoaders,
            reports_resolver_1.ReportsResolver,
            reports_resolver_1.RecommendationsResolver,
            reports_resolver_1.OrganisationReportsResolver,
            findings_service_1.FindingsService,
            findings_resolver_1.FindingsResolver,
        ],
        exports: [reports_service_1.ReportsService, reports_loaders_1.ReportsLoaders],
    })
], ReportsModule);
//# sourceMappingURL=reports.module.js.map