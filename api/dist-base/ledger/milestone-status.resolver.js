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
exports.MilestoneStatusResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const scalars_1 = require("../common/scalars");
const milestone_entity_1 = require("../milestones/milestone.entity");
const ledger_loaders_1 = require("./ledger.loaders");
const status_update_entity_1 = require("./status-update.entity");
/** A milestone's status and deadline, derived from the ledger. */
let MilestoneStatusResolver = class MilestoneStatusResolver {
    loaders;
    constructor(loaders) {
        this.loaders = loaders;
    }
    async state(milestone, ctx) {
        const commitment = await this.loaders.stateByCommitmentId(ctx).load(milestone.commitmentId);
        const state = commitment.milestones.get(milestone.id);
        if (!state)
            throw new Error(`Milestone ${milestone.id} missing from its commitment's state`);
        return state;
    }
    async status(milestone, ctx) {
        return (await this.state(milestone, ctx)).status;
    }
    async deadline(milestone, ctx) {
        return (await this.state(milestone, ctx)).deadline;
    }
    async completedOn(milestone, ctx) {
        return (await this.state(milestone, ctx)).completedOn;
    }
    async latestEntry(milestone, ctx) {
        const entry = (await this.state(milestone, ctx)).entry;
        return entry ? this.loaders.entryBySequence(ctx).load(entry.sequence) : null;
    }
};
exports.MilestoneStatusResolver = MilestoneStatusResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => rules_1.MilestoneStatus),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [milestone_entity_1.Milestone, Object]),
    __metadata("design:returntype", Promise)
], MilestoneStatusResolver.prototype, "status", null);
__decorate([
    (0, graphql_1.ResolveField)(() => rules_1.DeadlineStatus, { description: 'OVERDUE when past its due date and not complete.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [milestone_entity_1.Milestone, Object]),
    __metadata("design:returntype", Promise)
], MilestoneStatusResolver.prototype, "deadline", null);
__decorate([
    (0, graphql_1.ResolveField)(() => scalars_1.DateScalar, { nullable: true }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [milestone_entity_1.Milestone, Object]),
    __metadata("design:returntype", Promise)
], MilestoneStatusResolver.prototype, "completedOn", null);
__decorate([
    (0, graphql_1.ResolveField)(() => status_update_entity_1.StatusUpdate, { nullable: true, description: 'The ledger entry behind the current status.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [milestone_entity_1.Milestone, Object]),
    __metadata("design:returntype", Promise)
], MilestoneStatusResolver.prototype, "latestEntry", null);
exports.MilestoneStatusResolver = MilestoneStatusResolver = __decorate([
    (0, graphql_1.Resolver)(() => milestone_entity_1.Milestone),
    __metadata("design:paramtypes", [ledger_loaders_1.LedgerLoaders])
], MilestoneStatusResolver);
//# sourceMappingURL=milestone-status.resolver.js.map