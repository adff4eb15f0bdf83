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
exports.ModerationResolver = exports.ModerationConnection = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const users_loaders_1 = require("../auth/users.loaders");
const commitment_entity_1 = require("../commitments/commitment.entity");
const commitments_loaders_1 = require("../commitments/commitments.loaders");
const pagination_1 = require("../common/pagination");
const scalars_1 = require("../common/scalars");
const plans_service_1 = require("../plans/plans.service");
const comments_service_1 = require("./comments.service");
const moderation_args_1 = require("./dto/moderation.args");
const moderation_item_type_1 = require("./dto/moderation-item.type");
exports.ModerationConnection = (0, pagination_1.Connection)(moderation_item_type_1.ModerationItem, 'Moderation');
const toItem = (comment) => ({
    comment,
    body: comment.body,
    hiddenReason: comment.hiddenReason,
});
let ModerationResolver = class ModerationResolver {
    comments;
    plans;
    commitments;
    users;
    constructor(comments, plans, commitments, users) {
        this.comments = comments;
        this.plans = plans;
        this.commitments = commitments;
        this.users = users;
    }
    async moderation(args, actor) {
        const { organisationId } = actor.user;
        const plans = organisationId ? await this.plans.findByOrganisationIds([organisationId]) : [];
        const found = await this.comments.findByPlanIds(plans.map((plan) => plan.id), args.hidden ?? undefined);
        return (0, pagination_1.paginate)(found.map(toItem), args, (item) => item.comment.id);
    }
    commitment(item, ctx) {
        return this.commitments.byId(ctx).load(item.comment.commitmentId);
    }
    hiddenAt(item) {
        return item.comment.hiddenAt;
    }
    hiddenBy(item, ctx) {
        return item.comment.hiddenById ? this.users.byId(ctx).load(item.comment.hiddenById) : null;
    }
};
exports.ModerationResolver = ModerationResolver;
__decorate([
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    (0, graphql_1.Query)(() => exports.ModerationConnection, {
        description: 'Comments on your organisation’s plans, newest first, hidden ones with their text and reason.',
    }),
    __param(0, (0, graphql_1.Args)()),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [moderation_args_1.ModerationArgs, Object]),
    __metadata("design:returntype", Promise)
], ModerationResolver.prototype, "moderation", null);
__decorate([
    (0, graphql_1.ResolveField)(() => commitment_entity_1.Commitment),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [moderation_item_type_1.ModerationItem, Object]),
    __metadata("design:returntype", Promise)
], ModerationResolver.prototype, "commitment", null);
__decorate([
    (0, graphql_1.ResolveField)(() => scalars_1.DateTimeScalar, { nullable: true }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [moderation_item_type_1.ModerationItem]),
    __metadata("design:returntype", Object)
], ModerationResolver.prototype, "hiddenAt", null);
__decorate([
    (0, graphql_1.ResolveField)(() => user_entity_1.User, { nullable: true, description: 'Who hid it.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [moderation_item_type_1.ModerationItem, Object]),
    __metadata("design:returntype", Object)
], ModerationResolver.prototype, "hiddenBy", null);
exports.ModerationResolver = ModerationResolver = __decorate([
    (0, graphql_1.Resolver)(() => moderation_item_type_1.ModerationItem),
    __metadata("design:paramtypes", [comments_service_1.CommentsService,
        plans_service_1.PlansService,
        commitments_loaders_1.CommitmentsLoaders,
        users_loaders_1.UsersLoaders])
], ModerationResolver);
//# sourceMappingURL=moderation.resolver.js.map