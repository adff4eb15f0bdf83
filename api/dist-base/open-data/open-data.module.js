"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OpenDataModule = void 0;
const common_1 = require("@nestjs/common");
const auth_module_1 = require("../auth/auth.module");
const commitments_module_1 = require("../commitments/commitments.module");
const ledger_module_1 = require("../ledger/ledger.module");
const organisations_module_1 = require("../organisations/organisations.module");
const plans_module_1 = require("../plans/plans.module");
const reports_module_1 = require("../reports/reports.module");
const revisions_module_1 = require("../revisions/revisions.module");
const plan_import_module_1 = require("./import/plan-import.module");
const data_dictionary_1 = require("./data-dictionary");
const open_data_controller_1 = require("./open-data.controller");
const plan_export_service_1 = require("./plan-export.service");
/**
 * Open data: a plan as files anyone can use, and those files read back in (docs/open-data.md). It
 * owns no table: it reads and writes through the owners' services.
 */
let OpenDataModule = class OpenDataModule {
};
exports.OpenDataModule = OpenDataModule;
exports.OpenDataModule = OpenDataModule = __decorate([
    (0, common_1.Module)({
        imports: [
            auth_module_1.AuthModule,
            organisations_module_1.OrganisationsModule,
            plans_module_1.PlansModule,
            reports_module_1.ReportsModule,
            commitments_module_1.CommitmentsModule,
            ledger_module_1.LedgerModule,
            revisions_module_1.RevisionsModule,
            plan_import_module_1.PlanImportModule,
        ],
        controllers: [open_data_controller_1.OpenDataController],
        providers: [plan_export_service_1.PlanExportService, data_dictionary_1.DataDictionary],
        exports: [plan_export_service_1.PlanExportService],
    })
], OpenDataModule);
//# sourceMappingURL=open-data.module.js.map