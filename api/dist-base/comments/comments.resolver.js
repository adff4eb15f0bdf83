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
exports.CommitmentCommentsResolver = exports.CommentsResolver = exports.CommentConnection = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const users_loaders_1 = require("../auth/users.loaders");
const commitment_entity_1 = require("../commitments/commitment.entity");
const pagination_1 = require("../common/pagination");
const comment_entity_1 = require("./comment.entity");
const comments_service_1 = require("./comments.service");
const add_comment_input_1 = require("./dto/add-comment.input");
const hide_comment_input_1 = require("./dto/hide-comment.input");
exports.CommentConnection = (0, pagination_1.Connection)(comment_entity_1.Comment, 'Comment');
let CommentsResolver = class CommentsResolver {
    service;
    users;
    constructor(service, users) {
        this.service = service;
        this.users = users;
    }
    addComment(input, actor) {
        return this.service.add(input, actor);
    }
    hideComment(input, actor) {
        return this.service.hide(input, actor);
    }
    body(comment) {
        return comment.hiddenAt ? null : comment.body;
    }
    hidden(comment) {
        return comment.hiddenAt !== null;
    }
    author(comment, ctx) {
        return this.users.byId(ctx).load(comment.authorId);
    }
};
exports.CommentsResolver = CommentsResolver;
__decorate([
    (0, graphql_1.Mutation)(() => comment_entity_1.Comment),
    (0, decorators_1.SignedIn)(),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [add_comment_input_1.AddCommentInput, Object]),
    __metadata("design:returntype", Promise)
], CommentsResolver.prototype, "addComment", null);
__decorate([
    (0, graphql_1.Mutation)(() => comment_entity_1.Comment, { description: 'Hides a comment from the public, with a reason kept for the record.' }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [hide_comment_input_1.HideCommentInput, Object]),
    __metadata("design:returntype", Promise)
], CommentsResolver.prototype, "hideComment", null);
__decorate([
    (0, graphql_1.ResolveField)(() => String, { nullable: true, description: 'Markdown; null when hidden by moderators.' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [comment_entity_1.Comment]),
    __metadata("design:returntype", Object)
], CommentsResolver.prototype, "body", null);
__decorate([
    (0, graphql_1.ResolveField)(() => Boolean, { description: 'Hidden by moderators: the text is kept for the record but not served.' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [comment_entity_1.Comment]),
    __metadata("design:returntype", Boolean)
], CommentsResolver.prototype, "hidden", null);
__decorate([
    (0, graphql_1.ResolveField)(() => user_entity_1.User),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [comment_entity_1.Comment, Object]),
    __metadata("design:returntype", Promise)
], CommentsResolver.prototype, "author", null);
exports.CommentsResolver = CommentsResolver = __decorate([
    (0, graphql_1.Resolver)(() => comment_entity_1.Comment),
    __metadata("design:paramtypes", [comments_service_1.CommentsService,
        users_loaders_1.UsersLoaders])
], CommentsResolver);
let CommitmentCommentsResolver = class CommitmentCommentsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    async comments(commitment, args) {
        return (0, pagination_1.paginate)(await this.service.findByCommitmentId(commitment.id), args, (c) => c.id);
    }
};
exports.CommitmentCommentsResolver = CommitmentCommentsResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => exports.CommentConnection, { description: 'Comments and liaison responses, oldest first.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Args)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, pagination_1.ConnectionArgs]),
    __metadata("design:returntype", Promise)
], CommitmentCommentsResolver.prototype, "comments", null);
exports.CommitmentCommentsResolver = CommitmentCommentsResolver = __decorate([
    (0, graphql_1.Resolver)(() => commitment_entity_1.Commitment),
    __metadata("design:paramtypes", [comments_service_1.CommentsService])
], CommitmentCommentsResolver);
//# sourceMappingURL=comments.resolver.js.map