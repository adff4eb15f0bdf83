"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlansModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const auth_module_1 = require("../auth/auth.module");
const organisations_module_1 = require("../organisations/organisations.module");
const reports_module_1 = require("../reports/reports.module");
const revisions_module_1 = require("../revisions/revisions.module");
const action_plan_entity_1 = require("./action-plan.entity");
const plan_report_entity_1 = require("./plan-report.entity");
const plan_visibility_1 = require("./plan-visibility");
const plans_loaders_1 = require("./plans.loaders");
const plans_resolver_1 = require("./plans.resolver");
const plans_service_1 = require("./plans.service");
let PlansModule = class PlansModule {
};
exports.PlansModule = PlansModule;
exports.PlansModule = PlansModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([action_plan_entity_1.ActionPlan, plan_report_entity_1.PlanReport]),
            organisations_module_1.OrganisationsModule,
            reports_module_1.ReportsModule,
            auth_module_1.AuthModule,
            revisions_module_1.RevisionsModule,
        ],
        providers: [
            plans_service_1.PlansService,
            plans_loaders_1.PlansLoaders,
            plan_visibility_1.PlanVisibility,
            plans_resolver_1.PlansResolver,
            plans_resolver_1.OrganisationPlansResolver,
            plans_resolver_1.ReportPlansResolver,
        ],
        exports: [plans_service_1.PlansService, plans_loaders_1.PlansLoaders, plan_visibility_1.PlanVisibility],
    })
], PlansModule);
//# sourceMappingURL=plans.module.js.map