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
exports.ReorderFindingsInput = exports.FindingVersionInput = exports.DeleteFindingInput = exports.UpdateFindingInput = exports.CreateFindingInput = exports.FINDING_UNIT_MAX = exports.FINDING_LABEL_MAX = exports.FINDINGS_MAX = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const common_1 = require("@nestjs/common");
const input_fields_1 = require("../../common/input-fields");
/** The most findings one report may list. */
exports.FINDINGS_MAX = 100;
exports.FINDING_LABEL_MAX = 300;
exports.FINDING_UNIT_MAX = 20;
/**
 * A finite number; the range its unit allows is checked with the unit (findings.rules.ts).
 * `optional`: an update may leave it out, never clear it.
 */
const ValueField = (optional) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => graphql_1.Float, {
    nullable: optional,
    description: 'The figure: 0 to 100 for a percentage (unit `%`), otherwise not negative.',
}), ...(optional
    ? [
        (0, class_validator_1.ValidateIf)((_object, value) => value !== undefined),
        (0, class_validator_1.IsDefined)({ message: '$property cannot be cleared; leave it out to keep it as it is' }),
    ]
    : []), (0, class_validator_1.IsNumber)({ allowNaN: false, allowInfinity: false }, { message: '$property must be a finite number' }));
const UNIT_DESCRIPTION = '`%` for a percentage; otherwise what is counted, such as "people"; empty for a plain number.';
let CreateFindingInput = class CreateFindingInput {
    reportId;
    label;
    value;
    unit;
    position;
};
exports.CreateFindingInput = CreateFindingInput;
__decorate([
    (0, input_fields_1.IdField)('The report the finding belongs to.'),
    __metadata("design:type", String)
], CreateFindingInput.prototype, "reportId", void 0);
__decorate([
    (0, input_fields_1.TextField)(exports.FINDING_LABEL_MAX, { description: 'What the figure measures, e.g. "directly experienced Islamophobia".' }),
    __metadata("design:type", String)
], CreateFindingInput.prototype, "label", void 0);
__decorate([
    ValueField(false),
    __metadata("design:type", Number)
], CreateFindingInput.prototype, "value", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(exports.FINDING_UNIT_MAX, UNIT_DESCRIPTION),
    __metadata("design:type", Object)
], CreateFindingInput.prototype, "unit", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Its place in the list, from 1 to one more than the findings there are.' }),
    (0, class_validator_1.IsInt)({ message: '$property must be a whole number' }),
    __metadata("design:type", Number)
], CreateFindingInput.prototype, "position", void 0);
exports.CreateFindingInput = CreateFindingInput = __decorate([
    (0, graphql_1.InputType)()
], CreateFindingInput);
/** Fields left out stay as they are; `null` clears the unit. The place in the list changes with reorderFindings. */
let UpdateFindingInput = class UpdateFindingInput {
    id;
    version;
    label;
    value;
    unit;
};
exports.UpdateFindingInput = UpdateFindingInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], UpdateFindingInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], UpdateFindingInput.prototype, "version", void 0);
__decorate([
    (0, input_fields_1.TextField)(exports.FINDING_LABEL_MAX, { optional: true }),
    __metadata("design:type", String)
], UpdateFindingInput.prototype, "label", void 0);
__decorate([
    ValueField(true),
    __metadata("design:type", Number)
], UpdateFindingInput.prototype, "value", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(exports.FINDING_UNIT_MAX, UNIT_DESCRIPTION),
    __metadata("design:type", Object)
], UpdateFindingInput.prototype, "unit", void 0);
exports.UpdateFindingInput = UpdateFindingInput = __decorate([
    (0, graphql_1.InputType)()
], UpdateFindingInput);
let DeleteFindingInput = class DeleteFindingInput {
    id;
    version;
};
exports.DeleteFindingInput = DeleteFindingInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], DeleteFindingInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], DeleteFindingInput.prototype, "version", void 0);
exports.DeleteFindingInput = DeleteFindingInput = __decorate([
    (0, graphql_1.InputType)()
], DeleteFindingInput);
let FindingVersionInput = class FindingVersionInput {
    id;
    version;
};
exports.FindingVersionInput = FindingVersionInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], FindingVersionInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], FindingVersionInput.prototype, "version", void 0);
exports.FindingVersionInput = FindingVersionInput = __decorate([
    (0, graphql_1.InputType)({ description: 'A finding as the editor saw it.' })
], FindingVersionInput);
let ReorderFindingsInput = class ReorderFindingsInput {
    reportId;
    findings;
};
exports.ReorderFindingsInput = ReorderFindingsInput;
__decorate([
    (0, input_fields_1.IdField)('The report whose findings are put in a new order.'),
    __metadata("design:type", String)
], ReorderFindingsInput.prototype, "reportId", void 0);
__decorate([
    (0, graphql_1.Field)(() => [FindingVersionInput], {
        description: 'Every finding of the report, in the new order, each with the version the editor saw; if any finding was added, deleted or changed since, CONFLICT.',
    }),
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMaxSize)(exports.FINDINGS_MAX, { message: `$property may hold at most ${exports.FINDINGS_MAX} findings` }),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => FindingVersionInput),
    __metadata("design:type", Array)
], ReorderFindingsInput.prototype, "findings", void 0);
exports.ReorderFindingsInput = ReorderFindingsInput = __decorate([
    (0, graphql_1.InputType)()
], ReorderFindingsInput);
//# sourceMappingURL=finding.input.js.map