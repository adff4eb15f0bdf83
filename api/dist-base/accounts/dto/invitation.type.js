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
exports.Invitation = void 0;
const graphql_1 = require("@nestjs/graphql");
const user_entity_1 = require("../../auth/user.entity");
const scalars_1 = require("../../common/scalars");
let Invitation = class Invitation {
    id;
    email;
    role;
    url;
    expiresAt;
};
exports.Invitation = Invitation;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { description: 'The id under which it is listed among the pending invitations.' }),
    __metadata("design:type", String)
], Invitation.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], Invitation.prototype, "email", void 0);
__decorate([
    (0, graphql_1.Field)(() => user_entity_1.Role),
    __metadata("design:type", String)
], Invitation.prototype, "role", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Send this link to the person; it works once.' }),
    __metadata("design:type", String)
], Invitation.prototype, "url", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar),
    __metadata("design:type", String)
], Invitation.prototype, "expiresAt", void 0);
exports.Invitation = Invitation = __decorate([
    (0, graphql_1.ObjectType)({ description: 'A single-use invitation; the link is shown once and only its hash is kept.' })
], Invitation);
//# sourceMappingURL=invitation.type.js.map