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
exports.ReportsLoaders = exports.RECOMMENDATIONS_BY_ID = exports.RECOMMENDATIONS_BY_REPORT_ID = exports.FINDINGS_BY_REPORT_ID = exports.REPORTS_BY_ORGANISATION_ID = exports.REPORTS_BY_ID = void 0;
const common_1 = require("@nestjs/common");
const batch_1 = require("../common/batch");
const reports_service_1 = require("./reports.service");
exports.REPORTS_BY_ID = (0, batch_1.loaderKey)('reports.byId');
exports.REPORTS_BY_ORGANISATION_ID = (0, batch_1.loaderKey)('reports.byOrganisationId');
exports.FINDINGS_BY_REPORT_ID = (0, batch_1.loaderKey)('reports.findingsByReportId');
exports.RECOMMENDATIONS_BY_REPORT_ID = (0, batch_1.loaderKey)('reports.recommendationsByReportId');
exports.RECOMMENDATIONS_BY_ID = (0, batch_1.loaderKey)('reports.recommendationById');
let ReportsLoaders = class ReportsLoaders {
    service;
    constructor(service) {
        this.service = service;
    }
    byId(ctx) {
        return ctx.loaders.get(exports.REPORTS_BY_ID, async (ids) => (0, batch_1.oneByKey)(ids, await this.service.findByIds(ids), (r) => r.id));
    }
    byOrganisationId(ctx) {
        return ctx.loaders.get(exports.REPORTS_BY_ORGANISATION_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findByOrganisationIds(ids), (r) => r.organisationId));
    }
    findingsByReportId(ctx) {
        return ctx.loaders.get(exports.FINDINGS_BY_REPORT_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findFindingsByReportIds(ids), (f) => f.reportId));
    }
    recommendationsByReportId(ctx) {
        return ctx.loaders.get(exports.RECOMMENDATIONS_BY_REPORT_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findRecommendationsByReportIds(ids), (r) => r.reportId));
    }
    recommendationById(ctx) {
        return ctx.loaders.get(exports.RECOMMENDATIONS_BY_ID, async (ids) => (0, batch_1.oneByKey)(ids, await this.service.findRecommendationsByIds(ids), (r) => r.id));
    }
};
exports.ReportsLoaders = ReportsLoaders;
exports.ReportsLoaders = ReportsLoaders = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [reports_service_1.ReportsService])
], ReportsLoaders);
//# sourceMappingURL=reports.loaders.js.map