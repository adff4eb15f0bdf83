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
exports.AccountsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const audit_service_1 = require("../audit/audit.service");
const access_policy_1 = require("../auth/access-policy");
const login_throttle_1 = require("../auth/login-throttle");
const passwords_service_1 = require("../auth/passwords.service");
const sessions_service_1 = require("../auth/sessions.service");
const tokens_1 = require("../auth/tokens");
const user_entity_1 = require("../auth/user.entity");
const users_service_1 = require("../auth/users.service");
const clock_1 = require("../common/clock");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const transactions_1 = require("../common/transactions");
const app_config_1 = require("../config/app-config");
const plans_service_1 = require("../plans/plans.service");
const account_password_policy_1 = require("./account-password-policy");
const invite_entity_1 = require("./invite.entity");
const invitation_link_1 = require("./invitation-link");
/** An address the account signed in from within this many days is one of its usual addresses. */
const USUAL_ADDRESS_DAYS = 90;
/** Signing in and out, invitations, and the life of an account; every step leaves an audit event. */
let AccountsService = class AccountsService {
    invites;
    users;
    passwords;
    sessions;
    throttle;
    access;
    plans;
    audit;
    transactions;
    clock;
    config;
    passwordPolicy;
    logger = new common_1.Logger('Accounts');
    constructor(invites, users, passwords, sessions, throttle, access, plans, audit, transactions, clock, config, passwordPolicy) {
        this.invites = invites;
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.access = access;
        this.plans = plans;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.config = config;
        this.passwordPolicy = passwordPolicy;
    }
    async login(email, password, actor, reply, previousSessionId) {
        const { ip } = actor;
        const address = (0, users_service_1.normaliseEmail)(email);
        const user = await this.users.findByEmail(address);
        const refusal = await this.throttle.refusal(ip, address, () => user ? this.audit.hasSignedInFrom(user.id, ip, this.usualAddressSince()) : Promise.resolve(false));
        if (refusal) {
            this.logger.warn({ event: 'login.throttled', accountId: user?.id ?? null, ip }, 'sign-in refused: too many failures');
            reply.header('retry-after', String(refusal.details.retryAfter));
            throw refusal;
        }
        const usable = user && !user.disabledAt ? user : null;
        if (!(await this.passwords.verify(usable?.passwordHash ?? null, password)) || !usable) {
            await this.throttle.recordFailure(ip, address);
            this.logger.warn({ event: 'login.failure', accountId: user?.id ?? null, ip }, 'sign-in failed');
            await this.transactions.run((manager) => this.audit.record(manager, { actorId: null, action: 'login.failure', detail: { email: address }, ip }));
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.UNAUTHENTICATED, 'Email or password is wrong.');
        }
        await this.throttle.recordSuccess(ip, address);
        const rehash = this.passwords.needsRehash(usable.passwordHash) ? await this.passwords.hash(password) : null;
        await this.transactions.run(async (manager) => {
            if (previousSessionId)
                await this.sessions.drop(manager, previousSessionId);
            if (rehash)
                await this.users.setPasswordHash(manager, usable.id, rehash);
            await this.sessions.start(manager, usable, reply);
            await this.audit.record(manager, { actorId: usable.id, action: 'login.success', ip });
        });
        this.logger.log({ event: 'login.success', accountId: usable.id, ip }, 'signed in');
        return usable;
    }
    usualAddressSince() {
        return new Date(this.clock.now().getTime() - USUAL_ADDRESS_DAYS * 24 * 60 * 60 * 1000).toISOString();
    }
    async logout(sessionId, actor, reply) {
        const { user } = actor;
        if (!sessionId || !user)
            return false;
        await this.transactions.run(async (manager) => {
            await this.sessions.end(manager, sessionId, reply);
            await this.audit.record(manager, { actorId: user.id, action: 'logout', ip: actor.ip });
        });
        return true;
    }
    /** An executive invites an executive to their organisation or a liaison to one of its plans. */
    async invite(email, role, planId, actor) {
        if (!actor.user.organisationId)
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'Only an organisation’s executive may invite.');
        const organisationId = actor.user.organisationId;
        if (role === user_entity_1.Role.LIAISON) {
            if (!planId)
                throw (0, domain_error_1.badInput)('A liaison is invited to a plan: give planId.', 'planId');
            this.access.assertExecutiveOf(actor.user, (await this.plans.getById(planId)).organisationId);
        }
        else if (planId) {
            throw (0, domain_error_1.badInput)('Executives join the whole organisation: leave planId out.', 'planId');
        }
        return this.transactions.run((manager) => this.createInvite(manager, { email, role, organisationId: role === user_entity_1.Role.EXECUTIVE ? organisationId : null, planId }, actor));
    }
    /** Writes an invitation in the caller's transaction. `actor` null is the CLI. */
    async createInvite(manager, input, actor) {
        const email = (0, users_service_1.normaliseEmail)(input.email);
        if (await this.users.emailTaken(manager, email))
            throw (0, domain_error_1.badInput)('This email already has an account.', 'email');
        const now = this.clock.now();
        const link = (0, invitation_link_1.newInvitationLink)(this.config, now);
        const invite = {
            id: (0, ids_1.newId)(),
            organisationId: input.organisationId,
            planId: input.planId,
            email,
            role: input.role,
            tokenHash: link.tokenHash,
            invitedById: actor?.user.id ?? null,
            expiresAt: link.expiresAt,
            acceptedAt: null,
            createdAt: now.toISOString(),
        };
        await manager.insert(invite_entity_1.Invite, invite);
        await this.audit.record(manager, {
            actorId: invite.invitedById,
            action: 'invite.create',
            subjectType: 'INVITE',
            subjectId: invite.id,
            detail: { email, role: input.role, planId: input.planId },
            ip: actor?.ip ?? null,
        });
        return { id: invite.id, email, role: input.role, expiresAt: link.expiresAt, url: link.url };
    }
    /** Sets the password of an invited person, creates their account and signs them in. */
    async acceptInvite(token, displayName, password, actor, reply) {
        const invite = await this.invites.findOneBy({ tokenHash: (0, tokens_1.hashToken)(token) });
        if (!invite || invite.acceptedAt || Date.parse(invite.expiresAt) <= this.clock.now().getTime()) {
            throw (0, domain_error_1.badInput)('This invitation link is not valid any more; ask for a new one.', 'token');
        }
        await this.passwordPolicy.assertAllowed(password, {
            email: invite.email,
            organisationId: invite.organisationId,
            planIds: invite.planId ? [invite.planId] : [],
        });
        const passwordHash = await this.passwords.hash(password);
        return this.transactions.run(async (manager) => {
            const accepted = await manager.update(invite_entity_1.Invite, { id: invite.id, acceptedAt: (0, typeorm_2.IsNull)() }, { acceptedAt: this.clock.now().toISOString() });
            if (accepted.affected !== 1)
                throw (0, domain_error_1.badInput)('This invitation link has already been used.', 'token');
            const user = await this.users.create(manager, {
                email: invite.email,
                displayName,
                role: invite.role,
                organisationId: invite.organisationId,
                planId: invite.planId,
            }, passwordHash);
            await this.sessions.start(manager, user, reply);
            await this.audit.record(manager, {
                actorId: user.id,
                action: 'invite.accept',
                subjectType: 'INVITE',
                subjectId: invite.id,
                ip: actor.ip,
            });
            return user;
        });
    }
    /** Creates an account with a password already chosen (the CLI's --password-stdin). */
    async createWithPassword(account, password) {
        await this.passwordPolicy.assertAllowed(password, {
            email: account.email,
            organisationId: account.organisationId,
            planIds: account.planId ? [account.planId] : [],
        });
        const passwordHash = await this.passwords.hash(password);
        return this.transactions.run(async (manager) => {
            if (await this.users.emailTaken(manager, account.email)) {
                throw (0, domain_error_1.badInput)('This email already has an account.', 'email');
            }
            const user = await this.users.create(manager, account, passwordHash);
            await this.audit.record(manager, {
                actorId: null,
                action: 'user.create',
                subjectType: 'USER',
                subjectId: user.id,
            });
            return user;
        });
    }
    /** Sets a new password and ends every session of the user. */
    async setPassword(userId, password) {
        const user = await this.users.findById(userId);
        if (!user)
            throw (0, domain_error_1.notFound)('user', userId);
        await this.passwordPolicy.assertAllowed(password, {
            email: user.email,
            organisationId: user.organisationId,
            planIds: await this.users.planIdsOf(userId),
        });
        const passwordHash = await this.passwords.hash(password);
        await this.transactions.run(async (manager) => {
            await this.users.setPasswordHash(manager, userId, passwordHash);
            await this.sessions.endAllFor(manager, userId);
            await this.audit.record(manager, {
                actorId: null,
                action: 'user.password',
                subjectType: 'USER',
                subjectId: userId,
            });
        });
    }
    /**
     * Disables an account and ends its sessions. `actor` null is the CLI. Nobody disables
     * themselves, and an organisation always keeps an enabled executive.
     */
    async disable(userId, actor) {
        const target = await this.users.findById(userId);
        if (!target)
            throw (0, domain_error_1.notFound)('user', userId);
        if (actor)
            await this.assertCanManage(actor.user, target, 'disable');
        return this.transactions.run(async (manager) => {
            if (actor)
                await this.assertStillEnabled(manager, actor.user);
            if (target.role === user_entity_1.Role.EXECUTIVE &&
                target.organisationId &&
                (await this.users.countOtherEnabledExecutives(manager, target.organisationId, target.id)) === 0) {
                throw (0, domain_error_1.badInput)('This is the last enabled executive of the organisation: enable or invite another executive first.', 'id');
            }
            const disabledAt = target.disabledAt ?? this.clock.now().toISOString();
            await this.users.setDisabledAt(manager, target.id, disabledAt);
            await this.sessions.endAllFor(manager, target.id);
            await this.audit.record(manager, {
                actorId: actor?.user.id ?? null,
                action: 'user.disable',
                subjectType: 'USER',
                subjectId: target.id,
                ip: actor?.ip ?? null,
            });
            return { ...target, disabledAt };
        });
    }
    /** Enables a disabled account again; its owner signs in with the password they had. */
    async enable(userId, actor) {
        const target = await this.users.findById(userId);
        if (!target)
            throw (0, domain_error_1.notFound)('user', userId);
        await this.assertCanManage(actor.user, target, 'enable');
        return this.transactions.run(async (manager) => {
            await this.assertStillEnabled(manager, actor.user);
            await this.users.setDisabledAt(manager, target.id, null);
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: 'user.enable',
                subjectType: 'USER',
                subjectId: target.id,
                ip: actor.ip,
            });
            return { ...target, disabledAt: null };
        });
    }
    /**
     * Changes the signed-in person's password. A wrong current password counts as a failed
     * sign-in for the throttle; the new one must pass the policy; every other session ends.
     */
    async changePassword(currentPassword, newPassword, actor, sessionId, reply) {
        const { ip } = actor;
        const user = await this.users.findById(actor.user.id);
        if (!user)
            throw (0, domain_error_1.notFound)('user', actor.user.id);
        const refusal = await this.throttle.refusal(ip, user.email, () => this.audit.hasSignedInFrom(user.id, ip, this.usualAddressSince()));
        if (refusal) {
            this.logger.warn(`password change throttled for user ${user.id} from ${ip}`);
            reply.header('retry-after', String(refusal.details.retryAfter));
            throw refusal;
        }
        if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
            await this.throttle.recordFailure(ip, user.email);
            this.logger.warn(`password change refused for user ${user.id} from ${ip}: wrong current password`);
            await this.transactions.run((manager) => this.audit.record(manager, {
                actorId: user.id,
                action: 'user.password.failure',
                subjectType: 'USER',
                subjectId: user.id,
                ip,
            }));
            throw (0, domain_error_1.badInput)('Your current password is wrong.', 'currentPassword');
        }
        await this.throttle.recordSuccess(ip, user.email);
        if (newPassword === currentPassword) {
            throw (0, domain_error_1.badInput)('The new password is the one you have now: choose a different one.', 'newPassword');
        }
        await this.passwordPolicy.assertAllowed(newPassword, { email: user.email, organisationId: user.organisationId, planIds: await this.users.planIdsOf(user.id) }, 'newPassword');
        const passwordHash = await this.passwords.hash(newPassword);
        await this.transactions.run(async (manager) => {
            await this.users.setPasswordHash(manager, user.id, passwordHash);
            const ended = await this.sessions.endOthersFor(manager, user.id, sessionId);
            await this.audit.record(manager, {
                actorId: user.id,
                action: 'user.password.change',
                subjectType: 'USER',
                subjectId: user.id,
                detail: { otherSessionsEnded: ended },
                ip,
            });
        });
        this.logger.log(`password changed for user ${user.id} from ${ip}`);
        return user;
    }
    /** Ends every session of the signed-in person, this one included; returns how many ended. */
    async signOutEverywhere(actor, reply) {
        const ended = await this.transactions.run(async (manager) => {
            const count = await this.sessions.endAllFor(manager, actor.user.id);
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: 'logout.everywhere',
                subjectType: 'USER',
                subjectId: actor.user.id,
                detail: { sessionsEnded: count },
                ip: actor.ip,
            });
            return count;
        });
        this.sessions.clearCookie(reply);
        return ended;
    }
    findByEmail(email) {
        return this.users.findByEmail(email);
    }
    /** An executive acts only while their own account is enabled, re-read inside the write. */
    async assertStillEnabled(manager, actor) {
        const current = await this.users.findByIdIn(manager, actor.id);
        if (!current || current.disabledAt)
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, 'Your account has been disabled.');
    }
    async assertCanManage(actor, target, verb) {
        if (actor.id === target.id)
            throw (0, domain_error_1.badInput)(`You cannot ${verb} your own account.`, 'id');
        if (target.role === user_entity_1.Role.EXECUTIVE &&
            actor.organisationId &&
            this.access.isExecutiveOf(actor, target.organisationId ?? ''))
            return;
        if (target.role === user_entity_1.Role.LIAISON) {
            const plans = await this.plans.findByIds(await this.users.planIdsOf(target.id));
            if (plans.some((plan) => this.access.isExecutiveOf(actor, plan.organisationId)))
                return;
        }
        throw new domain_error_1.DomainError(domain_error_1.ErrorCode.FORBIDDEN, `You may only ${verb} accounts of your own organisation and its plans.`);
    }
};
exports.AccountsService = AccountsService;
exports.AccountsService = AccountsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(invite_entity_1.Invite)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        users_service_1.UsersService,
        passwords_service_1.PasswordsService,
        sessions_service_1.SessionsService,
        login_throttle_1.LoginThrottle,
        access_policy_1.AccessPolicy,
        plans_service_1.PlansService,
        audit_service_1.AuditService,
        transactions_1.Transactions,
        clock_1.Clock,
        app_config_1.AppConfig,
        account_password_policy_1.AccountPasswordPolicy])
], AccountsService);
//# sourceMappingURL=accounts.service.js.map