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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RevisionsResolver = exports.RevisionConnection = void 0;
const graphql_1 = require("@nestjs/graphql");
const user_entity_1 = require("../auth/user.entity");
const users_loaders_1 = require("../auth/users.loaders");
const pagination_1 = require("../common/pagination");
const revision_entity_1 = require("./revision.entity");
exports.RevisionConnection = (0, pagination_1.Connection)(revision_entity_1.Revision, 'Revision');
let RevisionsResolver = class RevisionsResolver {
    users;
    constructor(users) {
        this.users = users;
    }
    actor(revision, ctx) {
        return revision.actorId ? this.users.byId(ctx).load(revision.actorId) : null;
    }
};
exports.RevisionsResolver = RevisionsResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => user_entity_1.User, { nullable: true, description: 'Who made the edit.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [revision_entity_1.Revision, Object]),
    __metadata("design:returntype", Object)
], RevisionsResolver.prototype, "actor", null);
exports.RevisionsResolver = RevisionsResolver = __decorate([
    (0, graphql_1.Resolver)(() => revision_entity_1.Revision),
    __metadata("design:paramtypes", [users_loaders_1.UsersLoaders])
], RevisionsResolver);
//# sourceMappingURL=revisions.resolver.js.map