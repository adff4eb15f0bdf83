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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkspaceResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const commitment_entity_1 = require("../commitments/commitment.entity");
const cost_1 = require("../common/cost");
const organisation_entity_1 = require("../organisations/organisation.entity");
const organisations_service_1 = require("../organisations/organisations.service");
const action_plan_entity_1 = require("../plans/action-plan.entity");
const workspace_type_1 = require("./workspace.type");
const workspace_service_1 = require("./workspace.service");
let WorkspaceResolver = class WorkspaceResolver {
    service;
    organisations;
    constructor(service, organisations) {
        this.service = service;
        this.organisations = organisations;
    }
    workspace(actor) {
        return { user: actor.user, email: actor.user.email };
    }
    async organisation(workspace) {
        const id = workspace.user.organisationId;
        return id ? ((await this.organisations.findByIds([id]))[0] ?? null) : null;
    }
    plans(workspace) {
        return this.service.plansOf(workspace.user);
    }
    awaitingResponse(workspace) {
        return this.service.awaitingResponse(workspace.user);
    }
};
exports.WorkspaceResolver = WorkspaceResolver;
__decorate([
    (0, decorators_1.SignedIn)(),
    (0, graphql_1.Query)(() => workspace_type_1.Workspace, {
        description: 'The signed-in person and what they work on; UNAUTHENTICATED when signed out.',
    }),
    __param(0, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", workspace_type_1.Workspace)
], WorkspaceResolver.prototype, "workspace", null);
__decorate([
    (0, graphql_1.ResolveField)(() => organisation_entity_1.Organisation, { nullable: true, description: 'The organisation an executive acts for.' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workspace_type_1.Workspace]),
    __metadata("design:returntype", Promise)
], WorkspaceResolver.prototype, "organisation", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [action_plan_entity_1.ActionPlan], {
        description: 'An executive: the organisation’s plans. A liaison: the plans they speak for.',
    }),
    cost_1.FEW_PLANS_OR_REPORTS_COST,
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workspace_type_1.Workspace]),
    __metadata("design:returntype", Promise)
], WorkspaceResolver.prototype, "plans", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [commitment_entity_1.Commitment], {
        description: 'A liaison: commitments of their plans assessed since their own latest response, oldest first. Empty for executives.',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workspace_type_1.Workspace]),
    __metadata("design:returntype", Promise)
], WorkspaceResolver.prototype, "awaitingResponse", null);
exports.WorkspaceResolver = WorkspaceResolver = __decorate([
    (0, graphql_1.Resolver)(() => workspace_type_1.Workspace),
    __metadata("design:paramtypes", [workspace_service_1.WorkspaceService,
        organisations_service_1.OrganisationsService])
], WorkspaceResolver);
//# sourceMappingURL=workspace.resolver.js.map