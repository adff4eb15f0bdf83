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
exports.PlansLoaders = exports.PLAN_IDS_BY_REPORT_ID = exports.REPORT_IDS_BY_PLAN_ID = exports.PLANS_BY_ORGANISATION_ID = exports.PLANS_BY_ID = void 0;
const common_1 = require("@nestjs/common");
const batch_1 = require("../common/batch");
const plans_service_1 = require("./plans.service");
exports.PLANS_BY_ID = (0, batch_1.loaderKey)('plans.byId');
exports.PLANS_BY_ORGANISATION_ID = (0, batch_1.loaderKey)('plans.byOrganisationId');
exports.REPORT_IDS_BY_PLAN_ID = (0, batch_1.loaderKey)('plans.reportIdsByPlanId');
exports.PLAN_IDS_BY_REPORT_ID = (0, batch_1.loaderKey)('plans.planIdsByReportId');
let PlansLoaders = class PlansLoaders {
    service;
    constructor(service) {
        this.service = service;
    }
    byId(ctx) {
        return ctx.loaders.get(exports.PLANS_BY_ID, async (ids) => (0, batch_1.oneByKey)(ids, await this.service.findByIds(ids), (p) => p.id));
    }
    byOrganisationId(ctx) {
        return ctx.loaders.get(exports.PLANS_BY_ORGANISATION_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findByOrganisationIds(ids), (p) => p.organisationId));
    }
    reportIdsByPlanId(ctx) {
        return ctx.loaders.get(exports.REPORT_IDS_BY_PLAN_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findReportLinksByPlanIds(ids), (link) => link.planId).map((links) => links.map((link) => link.reportId)));
    }
    planIdsByReportId(ctx) {
        return ctx.loaders.get(exports.PLAN_IDS_BY_REPORT_ID, async (ids) => (0, batch_1.manyByKey)(ids, await this.service.findPlanLinksByReportIds(ids), (link) => link.reportId).map((links) => links.map((link) => link.planId)));
    }
};
exports.PlansLoaders = PlansLoaders;
exports.PlansLoaders = PlansLoaders = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [plans_service_1.PlansService])
], PlansLoaders);
//# sourceMappingURL=plans.loaders.js.map