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
exports.CommitmentMilestonesResolver = exports.MilestonesResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const commitment_entity_1 = require("../commitments/commitment.entity");
const commitments_loaders_1 = require("../commitments/commitments.loaders");
const milestone_entity_1 = require("./milestone.entity");
const create_milestone_input_1 = require("./dto/create-milestone.input");
const update_milestone_input_1 = require("./dto/update-milestone.input");
const milestones_loaders_1 = require("./milestones.loaders");
const milestones_service_1 = require("./milestones.service");
let MilestonesResolver = class MilestonesResolver {
    service;
    commitments;
    constructor(service, commitments) {
        this.service = service;
        this.commitments = commitments;
    }
    createMilestone(input, actor) {
        return this.service.create(input, actor);
    }
    updateMilestone(input, actor) {
        return this.service.update(input, actor);
    }
    commitment(milestone, ctx) {
        return this.commitments.byId(ctx).load(milestone.commitmentId);
    }
};
exports.MilestonesResolver = MilestonesResolver;
__decorate([
    (0, graphql_1.Mutation)(() => milestone_entity_1.Milestone),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_milestone_input_1.CreateMilestoneInput, Object]),
    __metadata("design:returntype", Promise)
], MilestonesResolver.prototype, "createMilestone", null);
__decorate([
    (0, graphql_1.Mutation)(() => milestone_entity_1.Milestone, { description: 'Edits a milestone; a stale version gets CONFLICT with the current one.' }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [update_milestone_input_1.UpdateMilestoneInput, Object]),
    __metadata("design:returntype", Promise)
], MilestonesResolver.prototype, "updateMilestone", null);
__decorate([
    (0, graphql_1.ResolveField)(() => commitment_entity_1.Commitment),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [milestone_entity_1.Milestone, Object]),
    __metadata("design:returntype", Promise)
], MilestonesResolver.prototype, "commitment", null);
exports.MilestonesResolver = MilestonesResolver = __decorate([
    (0, graphql_1.Resolver)(() => milestone_entity_1.Milestone),
    __metadata("design:paramtypes", [milestones_service_1.MilestonesService,
        commitments_loaders_1.CommitmentsLoaders])
], MilestonesResolver);
let CommitmentMilestonesResolver = class CommitmentMilestonesResolver {
    loaders;
    constructor(loaders) {
        this.loaders = loaders;
    }
    milestones(commitment, ctx) {
        return this.loaders.byCommitmentId(ctx).load(commitment.id);
    }
};
exports.CommitmentMilestonesResolver = CommitmentMilestonesResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => [milestone_entity_1.Milestone], { description: 'Milestones in the plan’s order.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentMilestonesResolver.prototype, "milestones", null);
exports.CommitmentMilestonesResolver = CommitmentMilestonesResolver = __decorate([
    (0, graphql_1.Resolver)(() => commitment_entity_1.Commitment),
    __metadata("design:paramtypes", [milestones_loaders_1.MilestonesLoaders])
], CommitmentMilestonesResolver);
//# sourceMappingURL=milestones.resolver.js.map