"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkspaceModule = void 0;
const common_1 = require("@nestjs/common");
const auth_module_1 = require("../auth/auth.module");
const comments_module_1 = require("../comments/comments.module");
const commitments_module_1 = require("../commitments/commitments.module");
const ledger_module_1 = require("../ledger/ledger.module");
const organisations_module_1 = require("../organisations/organisations.module");
const plans_module_1 = require("../plans/plans.module");
const workspace_resolver_1 = require("./workspace.resolver");
const workspace_service_1 = require("./workspace.service");
let WorkspaceModule = class WorkspaceModule {
};
exports.WorkspaceModule = WorkspaceModule;
exports.WorkspaceModule = WorkspaceModule = __decorate([
    (0, common_1.Module)({
        imports: [auth_module_1.AuthModule, comments_module_1.CommentsModule, commitments_module_1.CommitmentsModule, ledger_module_1.LedgerModule, organisations_module_1.OrganisationsModule, plans_module_1.PlansModule],
        providers: [workspace_service_1.WorkspaceService, workspace_resolver_1.WorkspaceResolver],
    })
], WorkspaceModule);
//# sourceMappingURL=workspace.module.js.map