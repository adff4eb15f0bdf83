import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { Role, User } from '../auth/user.entity';
import { UsersService } from '../auth/users.service';
import { Clock } from '../common/clock';
import { badInput, DomainError, ErrorCode, notFound } from '../common/domain-error';
import { Transactions } from '../common/transactions';
import { AppConfig } from '../config/app-config';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlansService } from '../plans/plans.service';
import { Invitation } from './dto/invitation.type';
import { OrganisationAccount } from './dto/organisation-account.type';
import { PendingInvitation } from './dto/pending-invitation.type';
import { Invite } from './invite.entity';
import { newInvitationLink } from './invitation-link';

const executivesOnly = (): DomainError =>
  new DomainError(ErrorCode.FORBIDDEN, 'Only the organisation’s executives see and manage its people.');

/**
 * The People page: an organisation's accounts and pending invitations, as only its executives
 * see them, and revoking or re-sending an invitation. Every change leaves an audit event.
 */
@Injectable()
export class PeopleService {
  constructor(
    @InjectRepository(Invite) private readonly invites: Repository<Invite>,
    private readonly users: UsersService,
    private readonly plans: PlansService,
    private readonly access: AccessPolicy,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** The executives of the user's organisation and the liaisons of its plans; FORBIDDEN for anyone but its executives. */
  async accountsOf(user: User): Promise<OrganisationAccount[]> {
    const { organisationId, plans } = await this.organisationOf(user);
    const { users, links } = await this.users.findOrganisationAccounts(
      organisationId,
      plans.map((plan) => plan.id),
    );
    const plansById = new Map(plans.map((plan) => [plan.id, plan]));
    const lastSignIns = await this.audit.lastSignIns(users.map((account) => account.id));
    return users.map((account) => ({
      id: account.id,
      displayName: account.displayName,
      email: account.email,
      role: account.role,
      plans:
        account.role === Role.LIAISON
          ? links.filter((link) => link.userId === account.id).map((link) => plansById.get(link.planId)!)
          : [],
      lastSignInAt: lastSignIns.get(account.id) ?? null,
      enabled: account.disabledAt === null,
    }));
  }

  /** The organisation's invitations not yet accepted, newest first, expired ones included. */
  async invitationsOf(user: User): Promise<PendingInvitation[]> {
    const { organisationId, plans } = await this.organisationOf(user);
    const invites = await this.invites.find({
      where: [
        { organisationId, acceptedAt: IsNull() },
        ...(plans.length > 0 ? [{ planId: In(plans.map((plan) => plan.id)), acceptedAt: IsNull() }] : []),
      ],
      order: { createdAt: 'DESC', email: 'ASC' },
    });
    const plansById = new Map(plans.map((plan) => [plan.id, plan]));
    const now = this.clock.now().getTime();
    return invites.map((invite) => this.pending(invite, invite.planId ? plansById.get(invite.planId)! : null, now));
  }

  /** Revokes a pending invitation: its link stops working and it leaves the list. */
  async revoke(id: string, actor: SignedInActor): Promise<PendingInvitation> {
    const { invite, plan } = await this.manageable(id, actor);
    return this.transactions.run(async (manager) => {
      const removed = await manager.delete(Invite, { id: invite.id, acceptedAt: IsNull() });
      if (removed.affected !== 1) throw alreadyAccepted();
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
  async resend(id: string, actor: SignedInActor): Promise<Invitation> {
    const { invite } = await this.manageable(id, actor);
    return this.transactions.run(async (manager) => {
      if (await this.users.emailTaken(manager, invite.email)) {
        throw badInput('This email has an account now: revoke the invitation instead.', 'id');
      }
      const now = this.clock.now();
      const link = newInvitationLink(this.config, now);
      const changed = await manager.update(
        Invite,
        { id: invite.id, acceptedAt: IsNull() },
        { tokenHash: link.tokenHash, expiresAt: link.expiresAt, createdAt: now.toISOString() },
      );
      if (changed.affected !== 1) throw alreadyAccepted();
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

  private pending(invite: Invite, plan: ActionPlan | null, now: number): PendingInvitation {
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
  private async manageable(id: string, actor: SignedInActor): Promise<{ invite: Invite; plan: ActionPlan | null }> {
    const invite = await this.invites.findOneBy({ id });
    if (!invite) throw notFound('invitation', id);
    const plan = invite.planId ? await this.plans.getById(invite.planId) : null;
    const organisationId = invite.organisationId ?? plan?.organisationId;
    if (!organisationId || !this.access.isExecutiveOf(actor.user, organisationId)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'You may only manage invitations of your own organisation.');
    }
    if (invite.acceptedAt) throw alreadyAccepted();
    return { invite, plan };
  }

  private async organisationOf(user: User): Promise<{ organisationId: string; plans: ActionPlan[] }> {
    if (user.role !== Role.EXECUTIVE || !user.organisationId) throw executivesOnly();
    return {
      organisationId: user.organisationId,
      plans: await this.plans.findByOrganisationIds([user.organisationId]),
    };
  }
}

const alreadyAccepted = (): DomainError =>
  badInput('This invitation has been accepted already: the person has an account.', 'id');
