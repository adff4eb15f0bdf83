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
exports.UnpublishPlanInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const input_fields_1 = require("../../common/input-fields");
/** Takes a published plan back to draft, saying why. */
let UnpublishPlanInput = class UnpublishPlanInput {
    id;
    version;
    reason;
};
exports.UnpublishPlanInput = UnpublishPlanInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], UnpublishPlanInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], UnpublishPlanInput.prototype, "version", void 0);
__decorate([
    (0, input_fields_1.TextField)(500, {
        description: 'Why the plan is taken back to draft; kept in its history, which is public again once it is republished.',
    }),
    __metadata("design:type", String)
], UnpublishPlanInput.prototype, "reason", void 0);
exports.UnpublishPlanInput = UnpublishPlanInput = __decorate([
    (0, graphql_1.InputType)()
], UnpublishPlanInput);
//# sourceMappingURL=unpublish-plan.input.js.map