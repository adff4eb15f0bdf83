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
exports.CreatePlanInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** A plan of the signed-in executive's organisation. */
let CreatePlanInput = class CreatePlanInput {
    slug;
    title;
    counterpart;
    agreedOn;
    description;
    reportIds;
};
exports.CreatePlanInput = CreatePlanInput;
__decorate([
    (0, input_fields_1.SlugField)(),
    __metadata("design:type", String)
], CreatePlanInput.prototype, "slug", void 0);
__decorate([
    (0, input_fields_1.TextField)(300),
    __metadata("design:type", String)
], CreatePlanInput.prototype, "title", void 0);
__decorate([
    (0, input_fields_1.TextField)(200, { description: 'Who made the commitments, e.g. "Labour Party".' }),
    __metadata("design:type", String)
], CreatePlanInput.prototype, "counterpart", void 0);
__decorate([
    (0, input_fields_1.DateField)(),
    __metadata("design:type", Object)
], CreatePlanInput.prototype, "agreedOn", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], CreatePlanInput.prototype, "description", void 0);
__decorate([
    (0, input_fields_1.IdListField)('The reports the plan answers; each must be a report of your organisation.'),
    __metadata("design:type", Object)
], CreatePlanInput.prototype, "reportIds", void 0);
exports.CreatePlanInput = CreatePlanInput = __decorate([
    (0, graphql_1.InputType)()
], CreatePlanInput);
//# sourceMappingURL=create-plan.input.js.map