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
exports.CreateCommitmentInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** A commitment added at the end of a plan; owner, due date and success criteria make it verifiable. */
let CreateCommitmentInput = class CreateCommitmentInput {
    planId;
    reference;
    title;
    description;
    owner;
    successCriteria;
    dueDate;
    theme;
    recommendationIds;
};
exports.CreateCommitmentInput = CreateCommitmentInput;
__decorate([
    (0, input_fields_1.IdField)('The plan the commitment belongs to.'),
    __metadata("design:type", String)
], CreateCommitmentInput.prototype, "planId", void 0);
__decorate([
    (0, input_fields_1.ReferenceField)({ description: 'Short reference such as C3, unique within the plan.' }),
    __metadata("design:type", String)
], CreateCommitmentInput.prototype, "reference", void 0);
__decorate([
    (0, input_fields_1.TextField)(300),
    __metadata("design:type", String)
], CreateCommitmentInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], CreateCommitmentInput.prototype, "description", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(200, 'The body or office responsible.'),
    __metadata("design:type", Object)
], CreateCommitmentInput.prototype, "owner", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(5000),
    __metadata("design:type", Object)
], CreateCommitmentInput.prototype, "successCriteria", void 0);
__decorate([
    (0, input_fields_1.DateField)(),
    __metadata("design:type", Object)
], CreateCommitmentInput.prototype, "dueDate", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(100),
    __metadata("design:type", Object)
], CreateCommitmentInput.prototype, "theme", void 0);
__decorate([
    (0, input_fields_1.IdListField)('Recommendations it answers; each must belong to a report the plan answers.'),
    __metadata("design:type", Object)
], CreateCommitmentInput.prototype, "recommendationIds", void 0);
exports.CreateCommitmentInput = CreateCommitmentInput = __decorate([
    (0, graphql_1.InputType)()
], CreateCommitmentInput);
//# sourceMappingURL=create-commitment.input.js.map