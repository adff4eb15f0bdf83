import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FastifyReply } from 'fastify';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy';
import { Actor, SignedInActor } from '../auth/actor';
import { LoginThrottle } from '../auth/login-throttle';
import { PasswordsService } from '../auth/passwords.service';
import { SessionsService } from '../auth/sessions.service';
import { hashToken } from '../auth/tokens';
import { Role, User } from '../auth/user.entity';
import { NewAccount, normaliseEmail, UsersService } from '../auth/users.service';
import { Clock } from '../common/clock';
import { badInput, DomainError, ErrorCode, notFound } from '../common/domain-error';
import { newId } from '../common/ids';
import { Transactions } from '../common/transactions';
import { AppConfig } from '../config/app-config';
import { PlansService } from '../plans/plans.service';
import { AccountPasswordPolicy } from './account-password-policy';
import { Invitation } from './dto/invitation.type';
import { Invite } from './invite.entity';
import { newInvitationLink } from './invitation-link';

/** An address the account signed in from within this many days is one of its usual addresses. */
const USUAL_ADDRESS_DAYS = 90;

/** Signing in and out, invitations, and the life of an account; every step leaves an audit event. */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
    private readonly users: UsersService,
    private readonly passwords: PasswordsService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly access: AccessPolicy,
    private readonly plans: PlansService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly passwordPolicy: AccountPasswordPolicy,
  ) {}

  async login(
    email: string,
    password: string,
    actor: Actor,
    reply: FastifyReply,
    previousSessionId: string | null,
  ): Promise<User> {
    const { ip } = actor;
    const address = normaliseEmail(email);
    const user = await this.users.findByEmail(address);
    const refusal = await this.throttle.refusal(ip, address, () =>
      user ? this.audit.hasSignedInFrom(user.id, ip, this.usualAddressSince()) : Promise.resolve(false),
    );
    if (refusal) {
      this.logger.warn(
        { event: 'login.throttled', accountId: user?.id ?? null, ip },
        'sign-in refused: too many failures',
      );
      reply.header('retry-after', String(refusal.details.retryAfter));
      throw refusal;
    }
    const usable = user && !user.disabledAt ? user : null;
    if (!(await this.passwords.verify(usable?.passwordHash ?? null, password)) || !usable) {
      await this.throttle.recordFailure(ip, address);
      this.logger.warn({ event: 'login.failure', accountId: user?.id ?? null, ip }, 'sign-in failed');
      await this.transactions.run((manager) =>
        this.audit.record(manager, { actorId: null, action: 'login.failure', detail: { email: address }, ip }),
      );
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Email or password is wrong.');
    }
    await this.throttle.recordSuccess(ip, address);
    const rehash = this.passwords.needsRehash(usable.passwordHash!) ? await this.passwords.hash(password) : null;
    await this.transactions.run(async (manager) => {
      if (previousSessionId) await this.sessions.drop(manager, previousSessionId);
      if (rehash) await this.users.setPasswordHash(manager, usable.id, rehash);
      await this.sessions.start(manager, usable, reply);
      await this.audit.record(manager, { actorId: usable.id, action: 'login.success', ip });
    });
    this.logger.log({ event: 'login.success', accountId: usable.id, ip }, 'signed in');
    return usable;
  }

  private usualAddressSince(): string {
    return new Date(this.clock.now().getTime() - USUAL_ADDRESS_DAYS * 24 * 60 * 60 * 1000).toISOString();
  }

  async logout(sessionId: string | null, actor: Actor, reply: FastifyReply): Promise<boolean> {
    const { user } = actor;
    if (!sessionId || !user) return false;
    await this.transactions.run(async (manager) => {
      await this.sessions.end(manager, sessionId, reply);
      await this.audit.record(manager, { actorId: user.id, action: 'logout', ip: actor.ip });
    });
    return true;
  }

  /** An executive invites an executive to their organisation or a liaison to one of its plans. */
  async invite(email: string, role: Role, planId: string | null, actor: SignedInActor): Promise<Invitation> {
    if (!actor.user.organisationId)
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only an organisation’s executive may invite.');
    const organisationId = actor.user.organisationId;
    if (role === Role.LIAISON) {
      if (!planId) throw badInput('A liaison is invited to a plan: give planId.', 'planId');
      this.access.assertExecutiveOf(actor.user, (await this.plans.getById(planId)).organisationId);
    } else if (planId) {
      throw badInput('Executives join the whole organisation: leave planId out.', 'planId');
    }
    return this.transactions.run((manager) =>
      this.createInvite(
        manager,
        { email, role, organisationId: role === Role.EXECUTIVE ? organisationId : null, planId },
        actor,
      ),
    );
  }

  /** Writes an invitation in the caller's transaction. `actor` null is the CLI. */
  async createInvite(
    manager: EntityManager,
    input: { email: string; role: Role; organisationId: string | null; planId: string | null },
    actor: SignedInActor | null,
  ): Promise<Invitation> {
    const email = normaliseEmail(input.email);
    if (await this.users.emailTaken(manager, email)) throw badInput('This email already has an account.', 'email');
    const now = this.clock.now();
    const link = newInvitationLink(this.config, now);
    const invite: Invite = {
      id: newId(),
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
    await manager.insert(Invite, invite);
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
  async acceptInvite(
    token: string,
    displayName: string,
    password: string,
    actor: Actor,
    reply: FastifyReply,
  ): Promise<User> {
    const invite = await this.invites.findOneBy({ tokenHash: hashToken(token) });
    if (!invite || invite.acceptedAt || Date.parse(invite.expiresAt) <= this.clock.now().getTime()) {
      throw badInput('This invitation link is not valid any more; ask for a new one.', 'token');
    }
    await this.passwordPolicy.assertAllowed(password, {
      email: invite.email,
      organisationId: invite.organisationId,
      planIds: invite.planId ? [invite.planId] : [],
    });
    const passwordHash = await this.passwords.hash(password);
    return this.transactions.run(async (manager) => {
      const accepted = await manager.update(
        Invite,
        { id: invite.id, acceptedAt: IsNull() },
        { acceptedAt: this.clock.now().toISOString() },
      );
      if (accepted.affected !== 1) throw badInput('This invitation link has already been used.', 'token');
      const user = await this.users.create(
        manager,
        {
          email: invite.email,
          displayName,
          role: invite.role,
          organisationId: invite.organisationId,
          planId: invite.planId,
        },
        passwordHash,
      );
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
  async createWithPassword(account: NewAccount, password: string): Promise<User> {
    await this.passwordPolicy.assertAllowed(password, {
      email: account.email,
      organisationId: account.organisationId,
      planIds: account.planId ? [account.planId] : [],
    });
    const passwordHash = await this.passwords.hash(password);
    return this.transactions.run(async (manager) => {
      if (await this.users.emailTaken(manager, account.email)) {
        throw badInput('This email already has an account.', 'email');
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
  async setPassword(userId: string, password: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw notFound('user', userId);
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
  async disable(userId: string, actor: SignedInActor | null): Promise<User> {
    const target = await this.users.findById(userId);
    if (!target) throw notFound('user', userId);
    if (actor) await this.assertCanManage(actor.user, target, 'disable');
    return this.transactions.run(async (manager) => {
      if (actor) await this.assertStillEnabled(manager, actor.user);
      if (
        target.role === Role.EXECUTIVE &&
        target.organisationId &&
        (await this.users.countOtherEnabledExecutives(manager, target.organisationId, target.id)) === 0
      ) {
        throw badInput(
          'This is the last enabled executive of the organisation: enable or invite another executive first.',
          'id',
        );
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
  async enable(userId: string, actor: SignedInActor): Promise<User> {
    const target = await this.users.findById(userId);
    if (!target) throw notFound('user', userId);
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
  async changePassword(
    currentPassword: string,
    newPassword: string,
    actor: SignedInActor,
    sessionId: string,
    reply: FastifyReply,
  ): Promise<User> {
    const { ip } = actor;
    const user = await this.users.findById(actor.user.id);
    if (!user) throw notFound('user', actor.user.id);
    const refusal = await this.throttle.refusal(ip, user.email, () =>
      this.audit.hasSignedInFrom(user.id, ip, this.usualAddressSince()),
    );
    if (refusal) {
      this.logger.warn(`password change throttled for user ${user.id} from ${ip}`);
      reply.header('retry-after', String(refusal.details.retryAfter));
      throw refusal;
    }
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(ip, user.email);
      this.logger.warn(`password change refused for user ${user.id} from ${ip}: wrong current password`);
      await this.transactions.run((manager) =>
        this.audit.record(manager, {
          actorId: user.id,
          action: 'user.password.failure',
          subjectType: 'USER',
          subjectId: user.id,
          ip,
        }),
      );
      throw badInput('Your current password is wrong.', 'currentPassword');
    }
    await this.throttle.recordSuccess(ip, user.email);
    if (newPassword === currentPassword) {
      throw badInput('The new password is the one you have now: choose a different one.', 'newPassword');
    }
    await this.passwordPolicy.assertAllowed(
      newPassword,
      { email: user.email, organisationId: user.organisationId, planIds: await this.users.planIdsOf(user.id) },
      'newPassword',
    );
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
  async signOutEverywhere(actor: SignedInActor, reply: FastifyReply): Promise<number> {
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

  findByEmail(email: string): Promise<User | null> {
    return this.users.findByEmail(email);
  }

  /** An executive acts only while their own account is enabled, re-read inside the write. */
  private async assertStillEnabled(manager: EntityManager, actor: User): Promise<void> {
    const current = await this.users.findByIdIn(manager, actor.id);
    if (!current || current.disabledAt) throw new DomainError(ErrorCode.FORBIDDEN, 'Your account has been disabled.');
  }

  private async assertCanManage(actor: User, target: User, verb: 'disable' | 'enable'): Promise<void> {
    if (actor.id === target.id) throw badInput(`You cannot ${verb} your own account.`, 'id');
    if (
      target.role === Role.EXECUTIVE &&
      actor.organisationId &&
      this.access.isExecutiveOf(actor, target.organisationId ?? '')
    )
      return;
    if (target.role === Role.LIAISON) {
      const plans = await this.plans.findByIds(await this.users.planIdsOf(target.id));
      if (plans.some((plan) => this.access.isExecutiveOf(actor, plan.organisationId))) return;
    }
    throw new DomainError(ErrorCode.FORBIDDEN, `You may only ${verb} accounts of your own organisation and its plans.`);
  }
}
