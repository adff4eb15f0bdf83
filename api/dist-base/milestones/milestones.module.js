"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MilestonesModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const auth_module_1 = require("../auth/auth.module");
const commitments_module_1 = require("../commitments/commitments.module");
const plans_module_1 = require("../plans/plans.module");
const revisions_module_1 = require("../revisions/revisions.module");
const milestone_entity_1 = require("./milestone.entity");
const milestones_loaders_1 = require("./milestones.loaders");
const milestones_resolver_1 = require("./milestones.resolver");
const milestones_service_1 = require("./milestones.service");
let MilestonesModule = class MilestonesModule {
};
exports.MilestonesModule = MilestonesModule;
exports.MilestonesModule = MilestonesModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([milestone_entity_1.Milestone]), auth_module_1.AuthModule, commitments_module_1.CommitmentsModule, plans_module_1.PlansModule, revisions_module_1.RevisionsModule],
        providers: [milestones_service_1.MilestonesService, milestones_loaders_1.MilestonesLoaders, milestones_resolver_1.MilestonesResolver, milestones_resolver_1.CommitmentMilestonesResolver],
        exports: [milestones_service_1.MilestonesService, milestones_loaders_1.MilestonesLoaders],
    })
], MilestonesModule);
//# sourceMappingURL=milestones.module.js.map