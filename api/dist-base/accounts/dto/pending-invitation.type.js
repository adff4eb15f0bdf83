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
exports.PendingInvitation = void 0;
const graphql_1 = require("@nestjs/graphql");
const user_entity_1 = require("../../auth/user.entity");
const scalars_1 = require("../../common/scalars");
const action_plan_entity_1 = require("../../plans/action-plan.entity");
let PendingInvitation = class PendingInvitation {
    id;
    email;
    role;
    plan;
    invitedAt;
    expiresAt;
    expired;
};
exports.PendingInvitation = PendingInvitation;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], PendingInvitation.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Who it was sent to.' }),
    __metadata("design:type", String)
], PendingInvitation.prototype, "email", void 0);
__decorate([
    (0, graphql_1.Field)(() => user_entity_1.Role),
    __metadata("design:type", String)
], PendingInvitation.prototype, "role", void 0);
__decorate([
    (0, graphql_1.Field)(() => action_plan_entity_1.ActionPlan, { nullable: true, description: 'A liaison’s invitation: the plan they will speak for.' }),
    __metadata("design:type", Object)
], PendingInvitation.prototype, "plan", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar, { description: 'When the link was made (or last re-sent).' }),
    __metadata("design:type", String)
], PendingInvitation.prototype, "invitedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar),
    __metadata("design:type", String)
], PendingInvitation.prototype, "expiresAt", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The link has expired: re-send it or revoke it.' }),
    __metadata("design:type", Boolean)
], PendingInvitation.prototype, "expired", void 0);
exports.PendingInvitation = PendingInvitation = __decorate([
    (0, graphql_1.ObjectType)({ description: 'An invitation not yet accepted; its link is never shown again.' })
], PendingInvitation);
//# sourceMappingURL=pending-invitation.type.js.map