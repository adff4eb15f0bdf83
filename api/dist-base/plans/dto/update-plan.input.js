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
exports.UpdatePlanInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** Fields left out stay as they are; `null` clears the date or the description. The slug never changes. */
let UpdatePlanInput = class UpdatePlanInput {
    id;
    version;
    title;
    counterpart;
    agreedOn;
    description;
};
exports.UpdatePlanInput = UpdatePlanInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], UpdatePlanInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], UpdatePlanInput.prototype, "version", void 0);
__decorate([
    (0, input_fields_1.TextField)(300, { optional: true }),
    __metadata("design:type", String)
], UpdatePlanInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.TextField)(200, { optional: true }),
    __metadata("design:type", String)
], UpdatePlanInput.prototype, "counterpart", void 0);
__decorate([
    (0, input_fields_1.DateField)(),
    __metadata("design:type", Object)
], UpdatePlanInput.prototype, "agreedOn", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], UpdatePlanInput.prototype, "description", void 0);
exports.UpdatePlanInput = UpdatePlanInput = __decorate([
    (0, graphql_1.InputType)()
], UpdatePlanInput);
//# sourceMappingURL=update-plan.input.js.map