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
exports.InviteUserInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const user_entity_1 = require("../../auth/user.entity");
let InviteUserInput = class InviteUserInput {
    email;
    role;
    planId;
};
exports.InviteUserInput = InviteUserInput;
__decorate([
    (0, graphql_1.Field)(),
    (0, class_validator_1.IsEmail)({}, { message: 'email must be an email address' }),
    (0, class_validator_1.MaxLength)(254),
    __metadata("design:type", String)
], InviteUserInput.prototype, "email", void 0);
__decorate([
    (0, graphql_1.Field)(() => user_entity_1.Role),
    (0, class_validator_1.IsEnum)(user_entity_1.Role),
    __metadata("design:type", String)
], InviteUserInput.prototype, "role", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true, description: 'Required for a liaison: the plan they will speak for.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsUUID)('4', { message: 'planId must be an id this API gave out' }),
    __metadata("design:type", Object)
], InviteUserInput.prototype, "planId", void 0);
exports.InviteUserInput = InviteUserInput = __decorate([
    (0, graphql_1.InputType)({ description: 'Executives join the inviter’s organisation; liaisons are attached to one of its plans.' })
], InviteUserInput);
//# sourceMappingURL=invite-user.input.js.map