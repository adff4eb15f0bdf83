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
exports.AcceptInviteInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const input_fields_1 = require("../../common/input-fields");
let AcceptInviteInput = class AcceptInviteInput {
    token;
    displayName;
    password;
};
exports.AcceptInviteInput = AcceptInviteInput;
__decorate([
    (0, graphql_1.Field)({ description: 'The token from the invitation link.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], AcceptInviteInput.prototype, "token", void 0);
__decorate([
    (0, input_fields_1.TextField)(120, { description: 'The name shown beside what you write.' }),
    __metadata("design:type", String)
], AcceptInviteInput.prototype, "displayName", void 0);
__decorate([
    (0, graphql_1.Field)({ description: '12 to 256 characters, not a commonly used password.' }),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(1024),
    __metadata("design:type", String)
], AcceptInviteInput.prototype, "password", void 0);
exports.AcceptInviteInput = AcceptInviteInput = __decorate([
    (0, graphql_1.InputType)()
], AcceptInviteInput);
//# sourceMappingURL=accept-invite.input.js.map