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
exports.AccountsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const accounts_service_1 = require("./accounts.service");
const people_service_1 = require("./people.service");
const accept_invite_input_1 = require("./dto/accept-invite.input");
const change_password_input_1 = require("./dto/change-password.input");
const disable_user_input_1 = require("./dto/disable-user.input");
const invitation_id_input_1 = require("./dto/invitation-id.input");
const pending_invitation_type_1 = require("./dto/pending-invitation.type");
const invitation_type_1 = require("./dto/invitation.type");
const invite_user_input_1 = require("./dto/invite-user.input");
const login_input_1 = require("./dto/login.input");
const write_limit_guard_1 = require("../auth/write-limit.guard");
let AccountsResolver = class AccountsResolver {
    accounts;
    people;
    constructor(accounts, people) {
        this.accounts = accounts;
        this.people = people;
    }
    me(actor) {
        return actor.user;
    }
    async login(input, ctx) {
        const user = await this.accounts.login(input.email, input.password, ctx.actor, ctx.reply, ctx.sessionId);
        ctx.actor = { ...ctx.actor, user };
        return user;
    }
    logout(ctx) {
        return this.accounts.logout(ctx.sessionId, ctx.actor, ctx.reply);
    }
    inviteUser(input, actor) {
        return this.accounts.invite(input.email, input.role, input.planId ?? null, actor);
    }
    acceptInvite(input, ctx) {
        return this.accounts.acceptInvite(input.token, input.displayName, input.password, ctx.actor, ctx.reply);
    }
    disableUser(input, actor) {
        return this.accounts.disable(input.id, actor);
    }
    enableUser(input, actor) {
        return this.accounts.enable(input.id, actor);
    }
    revokeInvitation(input, actor) {
        return this.people.revoke(input.id, actor);
    }
    resendInvitation(input, actor) {
        return this.people.resend(input.id, actor);
    }
    changePassword(input, actor, ctx) {
        return this.accounts.changePassword(input.currentPassword, input.newPassword, actor, ctx.sessionId, ctx.reply);
    }
    signOutEverywhere(actor, ctx) {
        return this.accounts.signOutEverywhere(actor, ctx.reply);
    }
};
exports.AccountsResolver = AccountsResolver;
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => user_entity_1.User, { nullable: true, description: 'The signed-in user; null when signed out.' }),
    __param(0, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Object)
], AccountsResolver.prototype, "me", null);
__decorate([
    (0, decorators_1.Public)(),
    (0, write_limit_guard_1.OwnThrottle)(),
    (0, graphql_1.Mutation)(() => user_entity_1.User, { description: 'Signs in and sets the session cookie. Throttled per address and per account.' }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [login_input_1.LoginInput, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "login", null);
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Mutation)(() => Boolean, { description: 'Ends the session; false when there was none.' }),
    __param(0, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "logout", null);
__decorate([
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    (0, graphql_1.Mutation)(() => invitation_type_1.Invitation, { description: 'A single-use link that expires; shown once.' }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [invite_user_input_1.InviteUserInput, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "inviteUser", null);
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Mutation)(() => user_entity_1.User, { description: 'Sets the password of an invited person and signs them in.' }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [accept_invite_input_1.AcceptInviteInput, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "acceptInvite", null);
__decorate([
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    (0, graphql_1.Mutation)(() => user_entity_1.User, { description: 'Disables an account of your organisation or its plans and ends its sessions.' }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [disable_user_input_1.DisableUserInput, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "disableUser", null);
__decorate([
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    (0, graphql_1.Mutation)(() => user_entity_1.User, { description: 'Enables a disabled account of your organisation or its plans again.' }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [disable_user_input_1.EnableUserInput, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "enableUser", null);
__decorate([
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    (0, graphql_1.Mutation)(() => pending_invitation_type_1.PendingInvitation, {
        description: 'Revokes a pending invitation of your organisation: its link stops working.',
    }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [invitation_id_input_1.InvitationIdInput, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "revokeInvitation", null);
__decorate([
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    (0, graphql_1.Mutation)(() => invitation_type_1.Invitation, {
        description: 'A new single-use link for a pending invitation, shown once; the old link stops working.',
    }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [invitation_id_input_1.InvitationIdInput, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "resendInvitation", null);
__decorate([
    (0, decorators_1.SignedIn)(),
    (0, graphql_1.Mutation)(() => user_entity_1.User, {
        description: 'Changes your password and ends your other sessions. A wrong current password counts as a failed sign-in.',
    }),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __param(2, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [change_password_input_1.ChangePasswordInput, Object, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "changePassword", null);
__decorate([
    (0, decorators_1.SignedIn)(),
    (0, graphql_1.Mutation)(() => graphql_1.Int, { description: 'Ends all your sessions, this one included; how many ended.' }),
    __param(0, (0, decorators_1.CurrentActor)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], AccountsResolver.prototype, "signOutEverywhere", null);
exports.AccountsResolver = AccountsResolver = __decorate([
    (0, graphql_1.Resolver)(() => user_entity_1.User),
    __metadata("design:paramtypes", [accounts_service_1.AccountsService,
        people_service_1.PeopleService])
], AccountsResolver);
//# sourceMappingURL=accounts.resolver.js.map