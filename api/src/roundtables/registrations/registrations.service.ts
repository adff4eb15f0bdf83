import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FastifyReply } from 'fastify';
import { EntityManager, Repository } from 'typeorm';
import { ActorContext, SignedInActor } from '../../auth/actor';
import { hashToken, newToken } from '../../auth/tokens';
import { AuditService } from '../../audit/audit.service';
import { LoaderContext } from '../../common/batch';
import { currentTime } from '../../common/clock';
import { badInput, notFound } from '../../common/domain-error';
import { newId, nowIso } from '../../common/ids';
import { RateLimit, rateLimited, RateLimits, waitInWords } from '../../common/rate-limit';
import { Transactions } from '../../common/transactions';
import { AppConfig } from '../../config/app-config';
import { OrganisationsService } from '../../organisations/organisations.service';
import { PlanVisibility } from '../../plans/plan-visibility';
import { PlansService } from '../../plans/plans.service';
import { RegisterForRoundtableInput } from '../dto/register-for-roundtable.input';
import { RoundtableRegistrationResult } from '../dto/registration-result.type';
import { RegistrationStatus, RoundtableRegistration } from '../roundtable-registration.entity';
import { Roundtable, RoundtableStatus } from '../roundtable.entity';
import { RoundtablesService } from '../roundtables.service';
import { RoundtableMail } from './roundtable-mail';

/** What a private cancel link shows before it is used. */
export interface TokenRegistration {
  roundtable: Roundtable;
  status: RegistrationStatus;
  waitingPosition: number | null;
}

/** A registration's subject type in the audit log. */
const REGISTRATION = 'ROUNDTABLE_REGISTRATION';
const HOUR = 60 * 60;

const USED_LINK =
  'This cancel link does not work any more: the registration was cancelled already, replaced by a newer link, or erased after the roundtable.';

/**
 * Registering for a roundtable without an account, the waiting list, and cancelling with the
 * private link. Names and emails are special category data here: they are read back only by the
 * organisation's executives (`registrations`), never logged, and the audit log records these
 * events without the client's address, so nothing outlives the retention period
 * (registrations-purge.ts) that could tie a person to the event.
 */
@Injectable()
export class RegistrationsService {
  private readonly perAddress: RateLimit;

  constructor(
    @InjectRepository(RoundtableRegistration) private readonly registrations: Repository<RoundtableRegistration>,
    private readonly roundtables: RoundtablesService,
    private readonly plans: PlansService,
    private readonly organisations: OrganisationsService,
    private readonly visibility: PlanVisibility,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly mail: RoundtableMail,
    private readonly config: AppConfig,
    limits: RateLimits,
  ) {
    this.perAddress = limits.create('roundtable-registrations-address-hour', {
      points: config.REGISTRATIONS_PER_ADDRESS_PER_HOUR,
      seconds: HOUR,
    });
  }

  async register(
    input: RegisterForRoundtableInput,
    ctx: ActorContext & LoaderContext & { reply: FastifyReply },
  ): Promise<RoundtableRegistrationResult> {
    const wait = await this.perAddress.consume(ctx.actor.ip);
    if (wait > 0) {
      void ctx.reply.header('retry-after', String(wait));
      throw rateLimited(
        `Too many registrations from your network in a short time. Wait ${waitInWords(wait)}, then try again.`,
        wait,
      );
    }
    if (input.website) {
      // The spam trap: a field people never see. A clear answer, in case a browser filled it.
      throw badInput('Leave the “website” field empty: it is there to catch automated sign-ups.', 'website');
    }
    if (input.consent !== true) {
      throw badInput(
        'To register, agree to the consent statement: what is kept, who sees it and when it is deleted.',
        'consent',
      );
    }
    const roundtable = await this.openRoundtable(input.roundtableId, ctx);
    const email = input.email.toLowerCase();
    const token = newToken();
    const saved = await this.transactions.run(async (manager) => {
      const now = nowIso();
      // Places an edit freed (a larger capacity) go to those already waiting, before anyone new.
      const movedUp = await this.fillPlaces(manager, roundtable);
      const existing = await manager.findOneBy(RoundtableRegistration, { roundtableId: roundtable.id, email });
      let registration: RoundtableRegistration;
      let again = false;
      if (existing && existing.status !== RegistrationStatus.CANCELLED) {
        // The same address again. Knowing an address proves nothing: the registration, its details
        // and its link stay as they are, and a new link goes only to the address itself.
        again = true;
        registration = existing;
        if (this.mail.enabled) {
          const renewed = { cancelTokenHash: hashToken(token), updatedAt: now };
          await manager.update(RoundtableRegistration, { id: existing.id }, renewed);
          registration = { ...existing, ...renewed };
        }
      } else {
        const status = (await this.hasFreePlace(manager, roundtable))
          ? RegistrationStatus.CONFIRMED
          : RegistrationStatus.WAITING;
        const position = (await this.lastPosition(manager, roundtable.id)) + 1;
        const fresh = {
          name: input.name,
          role: input.role || null,
          accessNeeds: input.accessNeeds || null,
          consentedAt: now,
          cancelTokenHash: hashToken(token),
          updatedAt: now,
          status,
          position,
          cancelledAt: null,
        };
        if (existing) {
          await manager.update(RoundtableRegistration, { id: existing.id }, fresh);
          registration = { ...existing, ...fresh };
        } else {
          registration = Object.assign(new RoundtableRegistration(), {
            ...fresh,
            id: newId(),
            roundtableId: roundtable.id,
            email,
            erasedAt: null,
            createdAt: now,
          });
          await manager.insert(RoundtableRegistration, registration);
        }
      }
      await this.record(
        manager,
        existing ? 'roundtable.registration.renew' : 'roundtable.registration.create',
        registration.id,
        roundtable.id,
        registration.status,
      );
      return { registration, again, movedUp, waitingPosition: await this.waitingPosition(manager, registration) };
    });
    this.tellMovedUp(
      roundtable,
      saved.movedUp.filter((moved) => moved.id !== saved.registration.id),
    );
    const { registration, again, waitingPosition } = saved;
    const cancelUrl = await this.cancelUrl(roundtable, token);
    const joiningLink = this.joiningLinkFor(roundtable, registration.status);
    if (!again || this.mail.enabled) {
      void this.mail.confirmation(registration.id, {
        to: email,
        roundtable,
        status: registration.status,
        waitingPosition,
        cancelUrl,
        joiningLink,
      });
    }
    if (again) {
      return {
        roundtableId: roundtable.id,
        alreadyRegistered: true,
        status: registration.status,
        waitingPosition,
        cancelToken: null,
        cancelUrl: null,
        joiningLink: null,
      };
    }
    return {
      roundtableId: roundtable.id,
      alreadyRegistered: false,
      status: registration.status,
      waitingPosition,
      cancelToken: token,
      cancelUrl,
      joiningLink,
    };
  }

  /** What a cancel link would cancel, without cancelling it. */
  async byToken(token: string): Promise<TokenRegistration> {
    const registration = await this.activeByToken(token);
    const roundtable = await this.roundtables.getById(registration.roundtableId);
    return {
      roundtable,
      status: registration.status,
      waitingPosition: await this.waitingPosition(this.registrations.manager, registration),
    };
  }

  /** Cancels the registration of a private link; a place it held goes to the first person waiting. */
  async cancel(token: string): Promise<Roundtable> {
    const found = await this.activeByToken(token);
    const roundtable = await this.roundtables.getById(found.roundtableId);
    const movedUp = await this.transactions.run(async (manager) => {
      const now = nowIso();
      const cancelled = await manager.update(
        RoundtableRegistration,
        { id: found.id, status: found.status, cancelTokenHash: found.cancelTokenHash! },
        { status: RegistrationStatus.CANCELLED, cancelledAt: now, cancelTokenHash: null, updatedAt: now },
      );
      if (cancelled.affected !== 1) throw badInput(USED_LINK, 'token');
      await this.record(manager, 'roundtable.registration.cancel', found.id, roundtable.id, found.status);
      return this.fillPlaces(manager, roundtable);
    });
    this.tellMovedUp(roundtable, movedUp);
    return roundtable;
  }

  /** The registrations of a roundtable, for an executive of its organisation: places, then the waiting list, then cancelled. */
  async listFor(actor: SignedInActor, roundtableId: string): Promise<RoundtableRegistration[]> {
    await this.roundtables.editable(actor, roundtableId);
    const rows = await this.registrations.find({ where: { roundtableId }, order: { position: 'ASC' } });
    const rank = {
      [RegistrationStatus.CONFIRMED]: 0,
      [RegistrationStatus.WAITING]: 1,
      [RegistrationStatus.CANCELLED]: 2,
    };
    return rows.sort((a, b) => rank[a.status] - rank[b.status] || a.position - b.position);
  }

  /**
   * Moves the first people waiting up to the places that are free (after a cancellation, or
   * once capacity is raised), in the order they registered; says who moved.
   */
  async fillPlaces(manager: EntityManager, roundtable: Roundtable): Promise<RoundtableRegistration[]> {
    if (roundtable.status !== RoundtableStatus.UPCOMING) return [];
    const moved: RoundtableRegistration[] = [];
    while (await this.hasFreePlace(manager, roundtable, true)) {
      const next = await manager.findOne(RoundtableRegistration, {
        where: { roundtableId: roundtable.id, status: RegistrationStatus.WAITING },
        order: { position: 'ASC' },
      });
      if (!next) break;
      const now = nowIso();
      await manager.update(
        RoundtableRegistration,
        { id: next.id },
        { status: RegistrationStatus.CONFIRMED, updatedAt: now },
      );
      await this.record(
        manager,
        'roundtable.registration.move-up',
        next.id,
        roundtable.id,
        RegistrationStatus.CONFIRMED,
      );
      moved.push({ ...next, status: RegistrationStatus.CONFIRMED });
    }
    return moved;
  }

  /** After an edit of its capacity: the places it added go to the first people waiting, who are emailed. */
  async fillPlacesAfterEdit(roundtable: Roundtable): Promise<void> {
    const movedUp = await this.transactions.run((manager) => this.fillPlaces(manager, roundtable));
    this.tellMovedUp(roundtable, movedUp);
  }

  /** Emails each person moved up to a place (when mail is set up). */
  private tellMovedUp(roundtable: Roundtable, moved: RoundtableRegistration[]): void {
    for (const registration of moved) {
      void this.mail.movedUp(registration.id, {
        to: registration.email!,
        roundtable,
        status: RegistrationStatus.CONFIRMED,
        waitingPosition: null,
        joiningLink: this.joiningLinkFor(roundtable, RegistrationStatus.CONFIRMED),
      });
    }
  }

  /** An audit event of a registration: what happened and its status, never who (no name, email or address). */
  private record(
    manager: EntityManager,
    action: string,
    registrationId: string,
    roundtableId: string,
    status: RegistrationStatus,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: null,
      action,
      subjectType: REGISTRATION,
      subjectId: registrationId,
      detail: { roundtableId, status },
    });
  }

  /** The roundtable, if it takes registrations now; otherwise a refusal that says why. */
  private async openRoundtable(id: string, ctx: ActorContext & LoaderContext): Promise<Roundtable> {
    const roundtable = await this.roundtables.getById(id);
    if (!(await this.visibility.canSeePlanId(ctx, roundtable.planId))) throw notFound('roundtable', id);
    const plan = await this.plans.getById(roundtable.planId);
    if (plan.publishedAt === null) {
      throw badInput(
        'This roundtable’s plan is a draft: registration opens once the plan is published.',
        'roundtableId',
      );
    }
    if (roundtable.status === RoundtableStatus.CANCELLED) {
      throw badInput(
        `This roundtable has been cancelled: ${roundtable.cancellationReason ?? ''}`.trim(),
        'roundtableId',
      );
    }
    if (roundtable.status === RoundtableStatus.HELD || Date.parse(roundtable.endsAt) <= currentTime().getTime()) {
      throw badInput('This roundtable has already taken place; registration is closed.', 'roundtableId');
    }
    if (!roundtable.registrationOpen) {
      throw badInput('Registration for this roundtable is closed.', 'roundtableId');
    }
    return roundtable;
  }

  private async activeByToken(token: string): Promise<RoundtableRegistration> {
    const registration = await this.registrations.findOneBy({ cancelTokenHash: hashToken(token) });
    if (!registration || registration.status === RegistrationStatus.CANCELLED) throw badInput(USED_LINK, 'token');
    return registration;
  }

  /**
   * Whether someone may take a place now: places left, and (for a newcomer) nobody waiting
   * ahead of them. `forWaiting` asks for the first person waiting, who is not behind anyone.
   */
  private async hasFreePlace(manager: EntityManager, roundtable: Roundtable, forWaiting = false): Promise<boolean> {
    if (roundtable.capacity === null) {
      return (
        forWaiting ||
        !(await manager.existsBy(RoundtableRegistration, {
          roundtableId: roundtable.id,
          status: RegistrationStatus.WAITING,
        }))
      );
    }
    const confirmed = await manager.countBy(RoundtableRegistration, {
      roundtableId: roundtable.id,
      status: RegistrationStatus.CONFIRMED,
    });
    if (confirmed >= roundtable.capacity) return false;
    if (forWaiting) return true;
    return !(await manager.existsBy(RoundtableRegistration, {
      roundtableId: roundtable.id,
      status: RegistrationStatus.WAITING,
    }));
  }

  private async lastPosition(manager: EntityManager, roundtableId: string): Promise<number> {
    const row: { last: number | string | null } | undefined = await manager
      .createQueryBuilder(RoundtableRegistration, 'registration')
      .select('MAX(registration.position)', 'last')
      .where('registration.roundtableId = :roundtableId', { roundtableId })
      .getRawOne();
    return Number(row?.last ?? 0);
  }

  /** 1 for the first person waiting; null for anyone not waiting. */
  private async waitingPosition(manager: EntityManager, registration: RoundtableRegistration): Promise<number | null> {
    if (registration.status !== RegistrationStatus.WAITING) return null;
    const ahead = await manager
      .createQueryBuilder(RoundtableRegistration, 'registration')
      .where('registration.roundtableId = :roundtableId', { roundtableId: registration.roundtableId })
      .andWhere('registration.status = :status', { status: RegistrationStatus.WAITING })
      .andWhere('registration.position < :position', { position: registration.position })
      .getCount();
    return ahead + 1;
  }

  private joiningLinkFor(roundtable: Roundtable, status: RegistrationStatus): string | null {
    return roundtable.online && status === RegistrationStatus.CONFIRMED ? roundtable.joiningLink : null;
  }

  /** PUBLIC_URL/<org>/<plan>/roundtables/<id>/cancel#<token>: the token in the fragment, never sent to a server. */
  private async cancelUrl(roundtable: Roundtable, token: string): Promise<string> {
    const plan = await this.plans.getById(roundtable.planId);
    const organisation = await this.organisations.getById(plan.organisationId);
    return `${this.config.publicUrl}/${organisation.slug}/${plan.slug}/roundtables/${roundtable.id}/cancel#${token}`;
  }
}
