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
exports.StatusUpdatesResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const users_loaders_1 = require("../auth/users.loaders");
const commitment_entity_1 = require("../commitments/commitment.entity");
const commitments_loaders_1 = require("../commitments/commitments.loaders");
const milestone_entity_1 = require("../milestones/milestone.entity");
const milestones_loaders_1 = require("../milestones/milestones.loaders");
const post_status_update_input_1 = require("./dto/post-status-update.input");
const evidence_entity_1 = require("./evidence.entity");
const ledger_loaders_1 = require("./ledger.loaders");
const ledger_writer_service_1 = require("./ledger-writer.service");
const status_update_entity_1 = require("./status-update.entity");
let StatusUpdatesResolver = class StatusUpdatesResolver {
    writer;
    loaders;
    users;
    commitments;
    milestones;
    constructor(writer, loaders, users, commitments, milestones) {
        this.writer = writer;
        this.loaders = loaders;
        this.users = users;
        this.commitments = commitments;
        this.milestones = milestones;
    }
    postStatusUpdate(input, actor) {
        return this.writer.post(input, actor);
    }
    subjectType(entry) {
        return entry.subjectType;
    }
    evidence(entry, ctx) {
        return this.loaders.evidenceByEntryId(ctx).load(entry.id);
    }
    author(entry, ctx) {
        return entry.authorId ? this.users.byId(ctx).load(entry.authorId) : null;
    }
    commitment(entry, ctx) {
        return this.commitments.byId(ctx).load(entry.commitmentId);
    }
    milestone(entry, ctx) {
        return entry.milestoneId ? this.milestones.byId(ctx).load(entry.milestoneId) : null;
    }
    corrects(entry, ctx) {
        return entry.correctsId ? this.loaders.entryById(ctx).load(entry.correctsId) : null;
    }
};
exports.StatusUpdatesResolver = StatusUpdatesResolver;
__decorate([
    (0, graphql_1.Mutation)(() => status_update_entity_1.StatusUpdate, {
        description: 'Appends an immutable entry to the ledger: SUBSTANTIAL/COMPLETE need evidence, setbacks a reason code.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE, user_entity_1.Role.LIAISON),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [post_status_update_input_1.PostStatusUpdateInput, Object]),
    __metadata("design:returntype", Promise)
], StatusUpdatesResolver.prototype, "postStatusUpdate", null);
__decorate([
    (0, graphql_1.ResolveField)(() => rules_1.SubjectType),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [status_update_entity_1.StatusUpdate]),
    __metadata("design:returntype", String)
], StatusUpdatesResolver.prototype, "subjectType", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [evidence_entity_1.Evidence], { description: 'Public sources for this entry; empty means no public evidence.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [status_update_entity_1.StatusUpdate, Object]),
    __metadata("design:returntype", Promise)
], StatusUpdatesResolver.prototype, "evidence", null);
__decorate([
    (0, graphql_1.ResolveField)(() => user_entity_1.User, { nullable: true }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [status_update_entity_1.StatusUpdate, Object]),
    __metadata("design:returntype", Object)
], StatusUpdatesResolver.prototype, "author", null);
__decorate([
    (0, graphql_1.ResolveField)(() => commitment_entity_1.Commitment, { description: 'The commitment, or the commitment of the milestone.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [status_update_entity_1.StatusUpdate, Object]),
    __metadata("design:returntype", Promise)
], StatusUpdatesResolver.prototype, "commitment", null);
__decorate([
    (0, graphql_1.ResolveField)(() => milestone_entity_1.Milestone, { nullable: true, description: 'Set when the entry is about a milestone.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [status_update_entity_1.StatusUpdate, Object]),
    __metadata("design:returntype", Object)
], StatusUpdatesResolver.prototype, "milestone", null);
__decorate([
    (0, graphql_1.ResolveField)(() => status_update_entity_1.StatusUpdate, { nullable: true, description: 'The entry this one corrects.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [status_update_entity_1.StatusUpdate, Object]),
    __metadata("design:returntype", Object)
], StatusUpdatesResolver.prototype, "corrects", null);
exports.StatusUpdatesResolver = StatusUpdatesResolver = __decorate([
    (0, graphql_1.Resolver)(() => status_update_entity_1.StatusUpdate),
    __metadata("design:paramtypes", [ledger_writer_service_1.LedgerWriter,
        ledger_loaders_1.LedgerLoaders,
        users_loaders_1.UsersLoaders,
        commitments_loaders_1.CommitmentsLoaders,
        milestones_loaders_1.MilestonesLoaders])
], StatusUpdatesResolver);
//# sourceMappingURL=status-updates.resolver.js.map