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
exports.CommitmentLensesResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const commitment_entity_1 = require("../commitments/commitment.entity");
const scalars_1 = require("../common/scalars");
const ledger_loaders_1 = require("./ledger.loaders");
const status_update_entity_1 = require("./status-update.entity");
/** The three lenses on a commitment, derived from the ledger. */
let CommitmentLensesResolver = class CommitmentLensesResolver {
    loaders;
    constructor(loaders) {
        this.loaders = loaders;
    }
    state(commitment, ctx) {
        return this.loaders.stateByCommitmentId(ctx).load(commitment.id);
    }
    async assessment(commitment, ctx) {
        return (await this.state(commitment, ctx)).assessment;
    }
    async partyReported(commitment, ctx) {
        return (await this.state(commitment, ctx)).partyReported;
    }
    async deadline(commitment, ctx) {
        return (await this.state(commitment, ctx)).deadline;
    }
    async disagreement(commitment, ctx) {
        const state = await this.state(commitment, ctx);
        return (0, rules_1.disagrees)(state.assessment, state.partyReported);
    }
    async completedOn(commitment, ctx) {
        return (await this.state(commitment, ctx)).completedOn;
    }
    async assessmentEntry(commitment, ctx) {
        const entry = (await this.state(commitment, ctx)).assessmentEntry;
        return entry ? this.loaders.entryBySequence(ctx).load(entry.sequence) : null;
    }
    async partyReportedEntry(commitment, ctx) {
        const entry = (await this.state(commitment, ctx)).partyReportedEntry;
        return entry ? this.loaders.entryBySequence(ctx).load(entry.sequence) : null;
    }
};
exports.CommitmentLensesResolver = CommitmentLensesResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => rules_1.CommitmentStatus, {
        description: 'The network’s independent assessment; only the executive writes it.',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentLensesResolver.prototype, "assessment", null);
__decorate([
    (0, graphql_1.ResolveField)(() => rules_1.CommitmentStatus, { description: 'The party’s own account of progress.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentLensesResolver.prototype, "partyReported", null);
__decorate([
    (0, graphql_1.ResolveField)(() => rules_1.DeadlineStatus, { description: 'Computed from the due date, the completion date and today.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentLensesResolver.prototype, "deadline", null);
__decorate([
    (0, graphql_1.ResolveField)(() => Boolean, { description: 'Both lenses are assessed and they differ.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentLensesResolver.prototype, "disagreement", null);
__decorate([
    (0, graphql_1.ResolveField)(() => scalars_1.DateScalar, { nullable: true, description: 'When the assessment became COMPLETE.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentLensesResolver.prototype, "completedOn", null);
__decorate([
    (0, graphql_1.ResolveField)(() => status_update_entity_1.StatusUpdate, { nullable: true, description: 'The ledger entry behind the current assessment.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentLensesResolver.prototype, "assessmentEntry", null);
__decorate([
    (0, graphql_1.ResolveField)(() => status_update_entity_1.StatusUpdate, {
        nullable: true,
        description: 'The ledger entry behind the current party-reported status.',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, Object]),
    __metadata("design:returntype", Promise)
], CommitmentLensesResolver.prototype, "partyReportedEntry", null);
exports.CommitmentLensesResolver = CommitmentLensesResolver = __decorate([
    (0, graphql_1.Resolver)(() => commitment_entity_1.Commitment),
    __metadata("design:paramtypes", [ledger_loaders_1.LedgerLoaders])
], CommitmentLensesResolver);
//# sourceMappingURL=commitment-lenses.resolver.js.map