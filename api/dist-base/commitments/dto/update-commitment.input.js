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
exports.UpdateCommitmentInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** Fields left out stay as they are; `null` clears the description, owner, criteria, date or theme. */
let UpdateCommitmentInput = class UpdateCommitmentInput {
    id;
    version;
    reference;
    title;
    description;
    owner;
    successCriteria;
    dueDate;
    theme;
};
exports.UpdateCommitmentInput = UpdateCommitmentInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], UpdateCommitmentInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], UpdateCommitmentInput.prototype, "version", void 0);
__decorate([
    (0, input_fields_1.ReferenceField)({ optional: true }),
    __metadata("design:type", String)
], UpdateCommitmentInput.prototype, "reference", void 0);
__decorate([
    (0, input_fields_1.TextField)(300, { optional: true }),
    __metadata("design:type", String)
], UpdateCommitmentInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], UpdateCommitmentInput.prototype, "description", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(200, 'The body or office responsible.'),
    __metadata("design:type", Object)
], UpdateCommitmentInput.prototype, "owner", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(5000),
    __metadata("design:type", Object)
], UpdateCommitmentInput.prototype, "successCriteria", void 0);
__decorate([
    (0, input_fields_1.DateField)(),
    __metadata("design:type", Object)
], UpdateCommitmentInput.prototype, "dueDate", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(100),
    __metadata("design:type", Object)
], UpdateCommitmentInput.prototype, "theme", void 0);
exports.UpdateCommitmentInput = UpdateCommitmentInput = __decorate([
    (0, graphql_1.InputType)()
], UpdateCommitmentInput);
//# sourceMappingURL=update-commitment.input.js.map