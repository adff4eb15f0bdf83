"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppModule = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const accounts_module_1 = require("./accounts/accounts.module");
const audit_module_1 = require("./audit/audit.module");
const auth_guard_1 = require("./auth/auth.guard");
const auth_module_1 = require("./auth/auth.module");
const write_limit_guard_1 = require("./auth/write-limit.guard");
const comments_module_1 = require("./comments/comments.module");
const commitments_module_1 = require("./commitments/commitments.module");
const common_module_1 = require("./common/common.module");
const config_module_1 = require("./config/config.module");
const database_module_1 = require("./database/database.module");
const graphql_module_1 = require("./graphql/graphql.module");
const validation_pipe_1 = require("./graphql/validation.pipe");
const health_module_1 = require("./health/health.module");
const ledger_module_1 = require("./ledger/ledger.module");
const logging_module_1 = require("./logging/logging.module");
const milestones_module_1 = require("./milestones/milestones.module");
const open_data_module_1 = require("./open-data/open-data.module");
const organisations_module_1 = require("./organisations/organisations.module");
const plans_module_1 = require("./plans/plans.module");
const reports_module_1 = require("./reports/reports.module");
const revisions_module_1 = require("./revisions/revisions.module");
const workspace_module_1 = require("./workspace/workspace.module");
let AppModule = class AppModule {
};
exports.AppModule = AppModule;
exports.AppModule = AppModule = __decorate([
    (0, common_1.Module)({
        imports: [
            config_module_1.ConfigModule,
            logging_module_1.LoggingModule,
            common_module_1.CommonModule,
            audit_module_1.AuditModule,
            database_module_1.DatabaseModule,
            graphql_module_1.AppGraphQLModule,
            health_module_1.HealthModule,
            auth_module_1.AuthModule,
            accounts_module_1.AccountsModule,
            organisations_module_1.OrganisationsModule,
            reports_module_1.ReportsModule,
            plans_module_1.PlansModule,
            commitments_module_1.CommitmentsModule,
            milestones_module_1.MilestonesModule,
            revisions_module_1.RevisionsModule,
            ledger_module_1.LedgerModule,
            comments_module_1.CommentsModule,
            workspace_module_1.WorkspaceModule,
            open_data_module_1.OpenDataModule,
        ],
        providers: [
            { provide: core_1.APP_PIPE, useValue: validation_pipe_1.inputValidationPipe },
            { provide: core_1.APP_GUARD, useClass: auth_guard_1.AuthGuard },
            { provide: core_1.APP_GUARD, useExisting: write_limit_guard_1.WriteLimitGuard },
        ],
    })
], AppModule);
//# sourceMappingURL=app.module.js.map