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
exports.RevisionsArgs = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../../common/pagination");
const input_fields_1 = require("../../common/input-fields");
const revision_entity_1 = require("../revision.entity");
let RevisionsArgs = class RevisionsArgs extends pagination_1.ConnectionArgs {
    subjectType;
    subjectId;
};
exports.RevisionsArgs = RevisionsArgs;
__decorate([
    (0, graphql_1.Field)(() => revision_entity_1.RevisionSubject),
    (0, class_validator_1.IsEnum)(revision_entity_1.RevisionSubject),
    __metadata("design:type", String)
], RevisionsArgs.prototype, "subjectType", void 0);
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], RevisionsArgs.prototype, "subjectId", void 0);
exports.RevisionsArgs = RevisionsArgs = __decorate([
    (0, graphql_1.ArgsType)()
], RevisionsArgs);
//# sourceMappingURL=revisions.args.js.map