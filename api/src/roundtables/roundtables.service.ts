import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { currentTime } from '../common/clock';
import { badInput, notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Transactions } from '../common/transactions';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlansService } from '../plans/plans.service';
import { EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import { CancelRoundtableInput } from './dto/cancel-roundtable.input';
import { CreateRoundtableInput } from './dto/create-roundtable.input';
import { UpdateRoundtableInput } from './dto/update-roundtable.input';
import { RegistrationStatus, RoundtableRegistration } from './roundtable-registration.entity';
import { Roundtable, RoundtableStatus } from './roundtable.entity';

/** How many people hold a place, and how many wait for one, at one roundtable. */
export interface RegistrationCounts {
  registered: number;
  waiting: number;
}

/** The fields whose combination the rules check, as they will be after an edit. */
type Arrangements = Pick<
  Roundtable,
  'startsAt' | 'endsAt' | 'location' | 'online' | 'joiningLink' | 'status' | 'attendance'
>;

/** A place left blank is no place. */
const blankToNull = (value: string | null | undefined): string | null | undefined => (value === '' ? null : value);

/** Every rule a roundtable's arrangements keep, each with the field to fix. */
function assertArrangements(next: Arrangements): void {
  if (Date.parse(next.endsAt) <= Date.parse(next.startsAt)) {
    throw badInput('A roundtable must end after it starts.', 'endsAt');
  }
  if (next.online && !next.joiningLink) {
    throw badInput('An online roundtable needs a joining link for the people who register.', 'joiningLink');
  }
  if (!next.online && next.joiningLink) {
    throw badInput(
      'Only an online roundtable has a joining link; clear it or mark the roundtable online.',
      'joiningLink',
    );
  }
  if (!next.online && !next.location) {
    throw badInput('Say where the roundtable is held, or mark it online.', 'location');
  }
  if (next.status === RoundtableStatus.HELD && next.attendance === null) {
    throw badInput('Give the attendance, how many people took part, when marking a roundtable held.', 'attendance');
  }
  if (next.status !== RoundtableStatus.HELD && next.attendance !== null) {
    throw badInput('Attendance is recorded only for a roundtable that has been held.', 'attendance');
  }
}

@Injectable()
export class RoundtablesService {
  constructor(
    @InjectRepository(Roundtable) private readonly roundtables: Repository<Roundtable>,
    @InjectRepository(RoundtableRegistration) private readonly registrations: Repository<RoundtableRegistration>,
    private readonly plans: PlansService,
    private readonly access: AccessPolicy,
    private readonly edits: EditsService,
    private readonly transactions: Transactions,
  ) {}

  async getById(id: string): Promise<Roundtable> {
    const roundtable = await this.roundtables.findOneBy({ id });
    if (!roundtable) throw notFound('roundtable', id);
    return roundtable;
  }

  findByIds(ids: readonly string[]): Promise<Roundtable[]> {
    return this.roundtables.findBy({ id: In([...ids]) });
  }

  /** The roundtables of plans, earliest first. */
  findByPlanIds(ids: readonly string[]): Promise<Roundtable[]> {
    return this.roundtables.find({ where: { planId: In([...ids]) }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** Confirmed and waiting registrations per roundtable; cancelled ones are not counted. */
  async countRegistrations(ids: readonly string[]): Promise<Map<string, RegistrationCounts>> {
    const counts = new Map(ids.map((id) => [id, { registered: 0, waiting: 0 }]));
    if (ids.length === 0) return counts;
    const rows: { roundtableId: string; status: RegistrationStatus; count: string | number }[] =
      await this.registrations
        .createQueryBuilder('registration')
        .select('registration.roundtableId', 'roundtableId')
        .addSelect('registration.status', 'status')
        .addSelect('COUNT(*)', 'count')
        .where('registration.roundtableId IN (:...ids)', { ids: [...ids] })
        .andWhere('registration.status IN (:...statuses)', {
          statuses: [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING],
        })
        .groupBy('registration.roundtableId')
        .addGroupBy('registration.status')
        .getRawMany();
    for (const row of rows) {
      const count = counts.get(row.roundtableId);
      if (!count) continue;
      if (row.status === RegistrationStatus.CONFIRMED) count.registered = Number(row.count);
      else count.waiting = Number(row.count);
    }
    return counts;
  }

  /** The plan, once the actor is known to be one of its organisation's executives. */
  async editablePlan(actor: SignedInActor, planId: string): Promise<ActionPlan> {
    const plan = await this.plans.getById(planId);
    this.access.assertExecutiveOf(actor.user, plan.organisationId);
    return plan;
  }

  /** The roundtable, once the actor is known to be an executive of its plan's organisation. */
  async editable(actor: SignedInActor, id: string): Promise<Roundtable> {
    const roundtable = await this.getById(id);
    await this.editablePlan(actor, roundtable.planId);
    return roundtable;
  }

  async create(input: CreateRoundtableInput, actor: SignedInActor): Promise<Roundtable> {
    const plan = await this.editablePlan(actor, input.planId);
    const now = nowIso();
    const roundtable = Object.assign(new Roundtable(), {
      id: newId(),
      planId: plan.id,
      title: input.title,
      description: input.description ?? '',
      audience: input.audience,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      location: blankToNull(input.location) ?? null,
      online: input.online,
      joiningLink: input.joiningLink ?? null,
      capacity: input.capacity ?? null,
      registrationOpen: input.registrationOpen,
      status: RoundtableStatus.UPCOMING,
      cancellationReason: null,
      attendance: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    assertArrangements(roundtable);
    return this.transactions.run((manager) =>
      this.edits.create(manager, Roundtable, RevisionSubject.ROUNDTABLE, roundtable, actor),
    );
  }

  async update(input: UpdateRoundtableInput, actor: SignedInActor): Promise<Roundtable> {
    await this.editable(actor, input.id);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(Roundtable, { id: input.id });
      const status = input.status ?? row.status;
      if (row.status === RoundtableStatus.CANCELLED && input.version === row.version) {
        throw badInput('This roundtable is cancelled; a cancelled roundtable is not edited.', 'id');
      }
      if (status === RoundtableStatus.CANCELLED && row.status !== RoundtableStatus.CANCELLED) {
        throw badInput('Cancel a roundtable with cancelRoundtable, which asks for the reason.', 'status');
      }
      if (status === RoundtableStatus.HELD && row.status !== RoundtableStatus.HELD) {
        const startsAt = input.startsAt ?? row.startsAt;
        if (Date.parse(startsAt) > currentTime().getTime()) {
          throw badInput('A roundtable can be marked held only once it has started.', 'status');
        }
      }
      // Back to UPCOMING, a held roundtable's attendance goes with its status unless one is given.
      const attendance = input.attendance === undefined && status !== RoundtableStatus.HELD ? null : input.attendance;
      const changes: Partial<Roundtable> = {
        title: input.title,
        description: input.description === null ? '' : input.description,
        audience: input.audience,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: blankToNull(input.location),
        online: input.online ?? undefined,
        joiningLink: input.joiningLink,
        capacity: input.capacity,
        registrationOpen: input.registrationOpen ?? undefined,
        status: input.status,
        attendance,
      };
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      assertArrangements({ ...row, ...defined });
      return this.edits.apply(manager, {
        entity: Roundtable,
        subject: RevisionSubject.ROUNDTABLE,
        row,
        version: input.version,
        changes,
        actor,
        commitmentId: null,
        withheld: ['joiningLink'],
      });
    });
  }

  async cancel(input: CancelRoundtableInput, actor: SignedInActor): Promise<Roundtable> {
    await this.editable(actor, input.id);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(Roundtable, { id: input.id });
      if (row.version === input.version) {
        if (row.status === RoundtableStatus.HELD) {
          throw badInput('This roundtable has been held; a held roundtable cannot be cancelled.', 'id');
        }
        if (row.status === RoundtableStatus.CANCELLED) {
          throw badInput('This roundtable is already cancelled.', 'id');
        }
      }
      return this.edits.apply(manager, {
        entity: Roundtable,
        subject: RevisionSubject.ROUNDTABLE,
        row,
        version: input.version,
        changes: { status: RoundtableStatus.CANCELLED, cancellationReason: input.reason, registrationOpen: false },
        actor,
        commitmentId: null,
        action: 'roundtable.cancel',
      });
    });
  }
}
