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
Object.defineProperty(exports, "__esModule", { value: true });
exports.Comment = exports.Stance = exports.CommentKind = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
var CommentKind;
(function (CommentKind) {
    CommentKind["COMMENT"] = "COMMENT";
    CommentKind["RESPONSE"] = "RESPONSE";
})(CommentKind || (exports.CommentKind = CommentKind = {}));
(0, graphql_1.registerEnumType)(CommentKind, {
    name: 'CommentKind',
    description: 'RESPONSE is a liaison’s right of reply to the latest assessment.',
});
var Stance;
(function (Stance) {
    Stance["AGREE"] = "AGREE";
    Stance["DISAGREE"] = "DISAGREE";
})(Stance || (exports.Stance = Stance = {}));
(0, graphql_1.registerEnumType)(Stance, { name: 'Stance' });
let Comment = class Comment {
    id;
    commitmentId;
    parentId;
    authorId;
    /** Markdown as written. Served only while the comment is not hidden. */
    body;
    kind;
    stance;
    hiddenAt;
    hiddenReason;
    hiddenById;
    version;
    createdAt;
};
exports.Comment = Comment;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Comment.prototype, "id", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'commitment_id' }),
    __metadata("design:type", String)
], Comment.prototype, "commitmentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    (0, columns_1.RefColumn)({ name: 'parent_id', nullable: true }),
    __metadata("design:type", Object)
], Comment.prototype, "parentId", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'author_id' }),
    __metadata("design:type", String)
], Comment.prototype, "authorId", void 0);
__decorate([
    (0, columns_1.TextColumn)(),
    __metadata("design:type", String)
], Comment.prototype, "body", void 0);
__decorate([
    (0, graphql_1.Field)(() => CommentKind),
    (0, columns_1.StringColumn)(20, { default: CommentKind.COMMENT }),
    __metadata("design:type", String)
], Comment.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => Stance, { nullable: true }),
    (0, columns_1.StringColumn)(10, { nullable: true }),
    __metadata("design:type", Object)
], Comment.prototype, "stance", void 0);
__decorate([
    (0, columns_1.InstantColumn)({ name: 'hidden_at', nullable: true }),
    __metadata("design:type", Object)
], Comment.prototype, "hiddenAt", void 0);
__decorate([
    (0, columns_1.TextColumn)({ name: 'hidden_reason', nullable: true }),
    __metadata("design:type", Object)
], Comment.prototype, "hiddenReason", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'hidden_by_id', nullable: true }),
    __metadata("design:type", Object)
], Comment.prototype, "hiddenById", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    (0, typeorm_1.Column)({ type: 'integer', default: 1 }),
    __metadata("design:type", Number)
], Comment.prototype, "version", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar),
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Comment.prototype, "createdAt", void 0);
exports.Comment = Comment = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A comment or a liaison’s response on a commitment.' }),
    (0, typeorm_1.Entity)('comment'),
    (0, typeorm_1.Index)(['commitmentId', 'createdAt'])
], Comment);
//# sourceMappingURL=comment.entity.js.map