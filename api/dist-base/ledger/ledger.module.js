"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LedgerModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const auth_module_1 = require("../auth/auth.module");
const commitments_module_1 = require("../commitments/commitments.module");
const milestones_module_1 = require("../milestones/milestones.module");
const plans_module_1 = require("../plans/plans.module");
const revisions_module_1 = require("../revisions/revisions.module");
const commitment_history_resolver_1 = require("./commitment-history.resolver");
const commitment_lenses_resolver_1 = require("./commitment-lenses.resolver");
const evidence_entity_1 = require("./evidence.entity");
const ledger_loaders_1 = require("./ledger.loaders");
const ledger_writer_service_1 = require("./ledger-writer.service");
const ledger_service_1 = require("./ledger.service");
const milestone_status_resolver_1 = require("./milestone-status.resolver");
const plan_progress_resolver_1 = require("./plan-progress.resolver");
const status_update_entity_1 = require("./status-update.entity");
const status_updates_resolver_1 = require("./status-updates.resolver");
const subject_revisions_resolver_1 = require("./subject-revisions.resolver");
let LedgerModule = class LedgerModule {
};
exports.LedgerModule = LedgerModule;
exports.LedgerModule = LedgerModule = __decorate([
    (0, common_1.Module)({
        imports: [
            typeorm_1.TypeOrmModule.forFeature([status_update_entity_1.StatusUpdate, evidence_entity_1.Evidence]),
            auth_module_1.AuthModule,
            commitments_module_1.CommitmentsModule,
            milestones_module_1.MilestonesModule,
            plans_module_1.PlansModule,
            revisions_module_1.RevisionsModule,
        ],
        providers: [
            ledger_service_1.LedgerService,
            ledger_writer_service_1.LedgerWriter,
            ledger_loaders_1.LedgerLoaders,
            commitment_lenses_resolver_1.CommitmentLensesResolver,
            milestone_status_resolver_1.MilestoneStatusResolver,
            status_updates_resolver_1.StatusUpdatesResolver,
            plan_progress_resolver_1.PlanProgressResolver,
            commitment_history_resolver_1.CommitmentHistoryResolver,
            subject_revisions_resolver_1.SubjectRevisionsResolver,
        ],
        exports: [ledger_service_1.LedgerService, ledger_loaders_1.LedgerLoaders, ledger_writer_service_1.LedgerWriter],
    })
], LedgerModule);
//# sourceMappingURL=ledger.module.js.map