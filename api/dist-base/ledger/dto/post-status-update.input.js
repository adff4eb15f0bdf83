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
exports.PostStatusUpdateInput = exports.EvidenceInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const input_fields_1 = require("../../common/input-fields");
require("../ledger.graphql-enums");
let EvidenceInput = class EvidenceInput {
    url;
    title;
    kind;
    publishedOn;
};
exports.EvidenceInput = EvidenceInput;
__decorate([
    (0, input_fields_1.HttpUrlField)(),
    __metadata("design:type", String)
], EvidenceInput.prototype, "url", void 0);
__decorate([
    (0, input_fields_1.TextField)(300),
    __metadata("design:type", String)
], EvidenceInput.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.EvidenceKind),
    (0, class_validator_1.IsEnum)(rules_1.EvidenceKind),
    __metadata("design:type", String)
], EvidenceInput.prototype, "kind", void 0);
__decorate([
    (0, input_fields_1.DateField)('When the source was published.'),
    __metadata("design:type", Object)
], EvidenceInput.prototype, "publishedOn", void 0);
exports.EvidenceInput = EvidenceInput = __decorate([
    (0, graphql_1.InputType)({ description: 'A public source: http or https only.' })
], EvidenceInput);
let PostStatusUpdateInput = class PostStatusUpdateInput {
    subjectType;
    subjectId;
    lens;
    status;
    narrative;
    evidence;
    reasonCode;
    correctsId;
};
exports.PostStatusUpdateInput = PostStatusUpdateInput;
__decorate([
    (0, graphql_1.Field)(() => rules_1.SubjectType),
    (0, class_validator_1.IsEnum)(rules_1.SubjectType),
    __metadata("design:type", String)
], PostStatusUpdateInput.prototype, "subjectType", void 0);
__decorate([
    (0, input_fields_1.IdField)('The commitment or milestone.'),
    __metadata("design:type", String)
], PostStatusUpdateInput.prototype, "subjectId", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.Lens),
    (0, class_validator_1.IsEnum)(rules_1.Lens),
    __metadata("design:type", String)
], PostStatusUpdateInput.prototype, "lens", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.EntryStatus),
    (0, class_validator_1.IsEnum)(rules_1.EntryStatus),
    __metadata("design:type", String)
], PostStatusUpdateInput.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)({ defaultValue: '', description: 'Markdown, up to 10,000 characters.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(rules_1.NARRATIVE_MAX),
    __metadata("design:type", String)
], PostStatusUpdateInput.prototype, "narrative", void 0);
__decorate([
    (0, graphql_1.Field)(() => [EvidenceInput], { defaultValue: [] }),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMaxSize)(rules_1.EVIDENCE_MAX),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => EvidenceInput),
    __metadata("design:type", Array)
], PostStatusUpdateInput.prototype, "evidence", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.ReasonCode, { nullable: true, description: 'Required for ABANDONED, MISSED and AT_RISK.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(rules_1.ReasonCode),
    __metadata("design:type", Object)
], PostStatusUpdateInput.prototype, "reasonCode", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true, description: 'The entry this one corrects (same subject and lens).' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsUUID)('4', { message: 'correctsId must be an id this API gave out' }),
    __metadata("design:type", Object)
], PostStatusUpdateInput.prototype, "correctsId", void 0);
exports.PostStatusUpdateInput = PostStatusUpdateInput = __decorate([
    (0, graphql_1.InputType)({ description: 'One new, immutable ledger entry.' })
], PostStatusUpdateInput);
//# sourceMappingURL=post-status-update.input.js.map