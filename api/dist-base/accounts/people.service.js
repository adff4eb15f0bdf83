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
exports.PeopleService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const audit_service_1 = require("../audit/audit.service");
const access_policy_1 = require("../auth/access-policy");
const user_entity_1 = require("../auth/user.entity");
const users_service_1 = require("../auth/users.service");
const clock_1 = require("../common/clock");
const domain_error_1 = require("../common/domain-error");
const transactions_1 = require("../common/transactions");
const app_config_1 = require("../config/app-config");
const plans_service_1 = require("../plans/plans.service");
const invite_entity_1 = require("./invite.entity");
const invitation_link_1 = require("./invitation-link");
const executivesOnly = () => new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'Only the organisation’s executives see and manage its people.');
/**
 * The People page: an organisation's accounts and pending invitations, as only its executives
 * see them, and revoking or re-sending an invitation. Every change leaves an audit event.
 */
let PeopleService = class PeopleService {
    invites;
    users;
    plans;
    access;
    audit;
    transactions;
    clock;
    config;
    constructor(invites, users, plans, access, audit, transactions, clock, config) {
        this.invites = invites;
        this.users = users;
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.config = config;
    }
    /** The executives of the user's organisation and the liaisons of its plans; FORBIDDEN for anyone but its executives. */
    async accountsOf(user) {
        const { organisationId, plans } = await this.organisationOf(user);
        const { users, links } = await this.users.findOrganisationAccounts(organisationId, plans.map((plan) => plan.id));
        const plansById = new Map(plans.map((plan) => [plan.id, plan]));
        const lastSignIns = await this.audit.lastSignIns(users.map((account) => account.id));
        return users.map((account) => ({
            id: account.id,
            displayName: account.displayName,
            email: account.email,
            role: account.role,
            plans: account.role === user_entity_1.Role.LIAISON
                ? links.filter((link) => link.userId === account.id).map((link) => plansById.get(link.planId))
                : [],
            lastSignInAt: lastSignIns.get(account.id) ?? null,
            enabled: account.disabledAt === null,
        }));
    }
    /** The organisation's invitations not yet accepted, newest first, expired ones included. */
    async invitationsOf(user) {
        const { organisationId, plans } = await this.organisationOf(user);
        const invites = await this.invites.find({
            where: [
                { organisationId, acceptedAt: (0, typeorm_2.IsNull)() },
                ...(plans.length > 0 ? [{ planId: (0, typeorm_2.In)(plans.map((plan) => plan.id)), acceptedAt: (0, typeorm_2.IsNull)() }] : []),
            ],
            order: { createdAt: 'DESC', email: 'ASC' },
        });
        const plansById = new Map(plans.map((plan) => [plan.id, plan]));
        const now = this.clock.now().getTime();
        return invites.map((invite) => this.pending(invite, invite.planId ? plansById.get(invite.planId) : null, now));
    }
    /** Revokes a pending invitation: its link stops working and it leaves the list. */
    async revoke(id, actor) {
        const { invite, plan } = await this.manageable(id, actor);
        return this.transactions.run(async (manager) => {
            const removed = await manager.delete(invite_entity_1.Invite, { id: invite.id, acceptedAt: (0, typeorm_2.IsNull)() });
            if (removed.affected !== 1)
                throw alreadyAccepted();
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: 'invite.revoke',
                subjectType: 'INVITE',
                subjectId: invite.id,
                ip: actor.ip,
            });
            return this.pending(invite, plan, this.clock.now().getTime());
        });
    }
    /** Gives a pending invitation a new link, shown once, with a new expiry; the old link stops working. */
    async resend(id, actor) {
        const { invite } = await this.manageable(id, actor);
        return this.transactions.run(async (manager) => {
            if (await this.users.emailTaken(manager, invite.email)) {
                throw (0, domain_error_1.badInput)('This email has an account now: revoke the invitation instead.', 'id');
            }
            const now = this.clock.now();
            const link = (0, invitation_link_1.newInvitationLink)(this.config, now);
            const changed = await manager.update(invite_entity_1.Invite, { id: invite.id, acceptedAt: (0, typeorm_2.IsNull)() }, { tokenHash: link.tokenHash, expiresAt: link.expiresAt, createdAt: now.toISOString() });
            if (changed.affected !== 1)
                throw alreadyAccepted();
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: 'invite.resend',
                subjectType: 'INVITE',
                subjectId: invite.id,
                ip: actor.ip,
            });
            return { id: invite.id, email: invite.email, role: invite.role, expiresAt: link.expiresAt, url: link.url };
        });
    }
    pending(invite, plan, now) {
        return {
            id: invite.id,
            email: invite.email,
            role: invite.role,
            plan,
            invitedAt: invite.createdAt,
            expiresAt: invite.expiresAt,
            expired: Date.parse(invite.expiresAt) <= now,
        };
    }
    /** A pending invitation the actor, an executive, may manage, with its plan (a liaison's). */
    async manageable(id, actor) {
        const invite = await this.invites.findOneBy({ id });
        if (!invite)
            throw (0, domain_error_1.notFound)('invitation', id);
        const plan = invite.planId ? await this.plans.getById(invite.planId) : null;
        const organisationId = invite.organisationId ?? plan?.organisationId;
        if (!organisationId || !this.access.isExecutiveOf(actor.user, organisationId)) {
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'You may only manage invitations of your own organisation.');
        }
        if (invite.acceptedAt)
            throw alreadyAccepted();
        return { invite, plan };
    }
    async organisationOf(user) {
        if (user.role !== user_entity_1.Role.EXECUTIVE || !user.organisationId)
            throw executivesOnly();
        return {
            organisationId: user.organisationId,
            plans: await this.plans.findByOrganisationIds([user.organisationId]),
        };
    }
};
exports.PeopleService = PeopleService;
exports.PeopleService = PeopleService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(invite_entity_1.Invite)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        users_service_1.UsersService,
        plans_service_1.PlansService,
        access_policy_1.AccessPolicy,
        audit_service_1.AuditService,
        transactions_1.Transactions,
        clock_1.Clock,
        app_config_1.AppConfig])
], PeopleService);
const alreadyAccepted = () => (0, domain_error_1.badInput)('This invitation has been accepted already: the person has an account.', 'id');
//# sourceMappingURL=people.service.js.map