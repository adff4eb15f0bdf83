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
exports.UpdateMilestoneInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** Fields left out stay as they are; `dueDate: null` clears the date. */
let UpdateMilestoneInput = class UpdateMilestoneInput {
    id;
    version;
    title;
    description;
    dueDate;
};
exports.UpdateMilestoneInput = UpdateMilestoneInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], UpdateMilestoneInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], UpdateMilestoneInput.prototype, "version", void 0);
__decorate([
    (0, input_fields_1.TextField)(300, { optional: true }),
    __metadata("design:type", String)
], UpdateMilestoneInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(5000),
    __metadata("design:type", Object)
], UpdateMilestoneInput.prototype, "description", void 0);
__decorate([
    (0, input_fields_1.DateField)(),
    __metadata("design:type", Object)
], UpdateMilestoneInput.prototype, "dueDate", void 0);
exports.UpdateMilestoneInput = UpdateMilestoneInput = __decorate([
    (0, graphql_1.InputType)()
], UpdateMilestoneInput);
//# sourceMappingURL=update-milestone.input.js.map