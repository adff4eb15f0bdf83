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
exports.AddCommentInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const input_fields_1 = require("../../common/input-fields");
const comment_entity_1 = require("../comment.entity");
let AddCommentInput = class AddCommentInput {
    commitmentId;
    body;
    parentId;
    kind;
    stance;
};
exports.AddCommentInput = AddCommentInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], AddCommentInput.prototype, "commitmentId", void 0);
__decorate([
    (0, input_fields_1.TextField)(5000, { description: 'Markdown, stored as written; shown without raw HTML.' }),
    __metadata("design:type", String)
], AddCommentInput.prototype, "body", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsUUID)('4', { message: 'parentId must be an id this API gave out' }),
    __metadata("design:type", Object)
], AddCommentInput.prototype, "parentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => comment_entity_1.CommentKind, { defaultValue: comment_entity_1.CommentKind.COMMENT }),
    (0, class_validator_1.IsEnum)(comment_entity_1.CommentKind),
    __metadata("design:type", String)
], AddCommentInput.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => comment_entity_1.Stance, { nullable: true, description: 'Required for a RESPONSE.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(comment_entity_1.Stance),
    __metadata("design:type", Object)
], AddCommentInput.prototype, "stance", void 0);
exports.AddCommentInput = AddCommentInput = __decorate([
    (0, graphql_1.InputType)({
        description: 'A comment, a reply (parentId) or, for a plan’s liaison, a RESPONSE to the latest assessment.',
    })
], AddCommentInput);
//# sourceMappingURL=add-comment.input.js.map