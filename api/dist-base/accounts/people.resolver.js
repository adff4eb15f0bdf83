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
exports.PeopleResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const cost_1 = require("../common/cost");
const workspace_type_1 = require("../workspace/workspace.type");
const organisation_account_type_1 = require("./dto/organisation-account.type");
const pending_invitation_type_1 = require("./dto/pending-invitation.type");
const people_service_1 = require("./people.service");
/** The people of a small organisation: its executives and its plans' liaisons, priced as forty. */
const PEOPLE_COST = (0, cost_1.Cost)({ listSize: 40 });
/** The workspace's People fields: an executive's view of the organisation's accounts and invitations. */
let PeopleResolver = class PeopleResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    people(workspace) {
        return this.service.accountsOf(workspace.user);
    }
    invitations(workspace) {
        return this.service.invitationsOf(workspace.user);
    }
};
exports.PeopleResolver = PeopleResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => [organisation_account_type_1.OrganisationAccount], {
        description: 'An executive: the organisation’s executives and its plans’ liaisons, by name. FORBIDDEN for a liaison.',
    }),
    PEOPLE_COST,
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workspace_type_1.Workspace]),
    __metadata("design:returntype", Promise)
], PeopleResolver.prototype, "people", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [pending_invitation_type_1.PendingInvitation], {
        description: 'An executive: the organisation’s invitations not yet accepted, newest first. FORBIDDEN for a liaison.',
    }),
    PEOPLE_COST,
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [workspace_type_1.Workspace]),
    __metadata("design:returntype", Promise)
], PeopleResolver.prototype, "invitations", null);
exports.PeopleResolver = PeopleResolver = __decorate([
    (0, graphql_1.Resolver)(() => workspace_type_1.Workspace),
    __metadata("design:paramtypes", [people_service_1.PeopleService])
], PeopleResolver);
//# sourceMappingURL=people.resolver.js.map