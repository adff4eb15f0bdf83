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
exports.ModerationItem = void 0;
const graphql_1 = require("@nestjs/graphql");
const comment_entity_1 = require("../comment.entity");
/** A comment as its organisation's executive sees it in the moderation list: the text even when hidden. */
let ModerationItem = class ModerationItem {
    comment;
    body;
    hiddenReason;
};
exports.ModerationItem = ModerationItem;
__decorate([
    (0, graphql_1.Field)(() => comment_entity_1.Comment),
    __metadata("design:type", comment_entity_1.Comment)
], ModerationItem.prototype, "comment", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The text as written, kept when hidden.' }),
    __metadata("design:type", String)
], ModerationItem.prototype, "body", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Why it was hidden; never public.' }),
    __metadata("design:type", Object)
], ModerationItem.prototype, "hiddenReason", void 0);
exports.ModerationItem = ModerationItem = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A comment on one of your organisation’s plans, with its text even when hidden.' })
], ModerationItem);
//# sourceMappingURL=moderation-item.type.js.map