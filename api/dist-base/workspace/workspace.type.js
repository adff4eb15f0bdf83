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
exports.Workspace = void 0;
const graphql_1 = require("@nestjs/graphql");
const user_entity_1 = require("../auth/user.entity");
/** The signed-in person and what they work on; the console's starting point. */
let Workspace = class Workspace {
    user;
    email;
};
exports.Workspace = Workspace;
__decorate([
    (0, graphql_1.Field)(() => user_entity_1.User),
    __metadata("design:type", user_entity_1.User)
], Workspace.prototype, "user", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The email they sign in with.' }),
    __metadata("design:type", String)
], Workspace.prototype, "email", void 0);
exports.Workspace = Workspace = __decorate([
    (0, graphql_1.ObjectType)({ description: 'What the signed-in person works on. Only ever served to that person.' })
], Workspace);
//# sourceMappingURL=workspace.type.js.map