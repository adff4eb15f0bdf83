"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlanImportModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../../audit/audit.module");
const auth_module_1 = require("../../auth/auth.module");
const ledger_module_1 = require("../../ledger/ledger.module");
const revisions_module_1 = require("../../revisions/revisions.module");
const import_route_1 = require("./import-route");
const plan_import_service_1 = require("./plan-import.service");
/** The open-data import: reading an export's files back, its preview, and applying it (docs/open-data.md). */
let PlanImportModule = class PlanImportModule {
};
exports.PlanImportModule = PlanImportModule;
exports.PlanImportModule = PlanImportModule = __decorate([
    (0, common_1.Module)({
        imports: [auth_module_1.AuthModule, audit_module_1.AuditModule, ledger_module_1.LedgerModule, revisions_module_1.RevisionsModule],
        providers: [plan_import_service_1.PlanImportService, import_route_1.ImportRoute],
        exports: [plan_import_service_1.PlanImportService],
    })
], PlanImportModule);
//# sourceMappingURL=plan-import.module.js.map