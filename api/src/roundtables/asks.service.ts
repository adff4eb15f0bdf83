import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { SignedInActor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { CommitmentsService } from '../commitments/commitments.service';
import { badInput, notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Transactions } from '../common/transactions';
import { MilestonesService } from '../milestones/milestones.service';
import { PlansService } from '../plans/plans.service';
import { ReportsService } from '../reports/reports.service';
import { EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import { AskLinkInput } from './dto/link-ask.input';
import { CreateAskInput, DeleteAskInput, UpdateAskInput } from './dto/ask.input';
import { RoundtableAskLink } from './roundtable-ask-link.entity';
import { RoundtableAsk } from './roundtable-ask.entity';
import { Roundtable, RoundtableStatus } from './roundtable.entity';
import { RoundtablesService } from './roundtables.service';

/** The fields of an ask whose wording its history keeps when it is deleted. */
const RECORDED_FIELDS: (keyof RoundtableAsk & string)[] = ['statement', 'raisedBy', 'theme'];

type Target = Pick<RoundtableAskLink, 'recommendationId' | 'commitmentId' | 'milestoneId'>;

@Injectable()
export class AsksService {
  constructor(
    @InjectRepository(RoundtableAsk) private readonly asks: Repository<RoundtableAsk>,
    @InjectRepository(RoundtableAskLink) private readonly links: Repository<RoundtableAskLink>,
    private readonly roundtables: RoundtablesService,
    private readonly plans: PlansService,
    private readonly commitments: CommitmentsService,
    private readonly milestones: MilestonesService,
    private readonly reports: ReportsService,
    private readonly edits: EditsService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async getById(id: string): Promise<RoundtableAsk> {
    const ask = await this.asks.findOneBy({ id });
    if (!ask) throw notFound('ask', id);
    return ask;
  }

  findByIds(ids: readonly string[]): Promise<RoundtableAsk[]> {
    return this.asks.findBy({ id: In([...ids]) });
  }

  findByRoundtableIds(ids: readonly string[]): Promise<RoundtableAsk[]> {
    return this.asks.find({ where: { roundtableId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  findByPlanIds(ids: readonly string[]): Promise<RoundtableAsk[]> {
    return this.asks.find({ where: { planId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  findLinksByAskIds(ids: readonly string[]): Promise<RoundtableAskLink[]> {
    return this.links.find({ where: { askId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The links to commitments, and to the milestones of those commitments. */
  async findLinksByCommitmentIds(ids: readonly string[]): Promise<{ commitmentId: string; askId: string }[]> {
    const milestones = await this.milestones.findByCommitmentIds(ids);
    const commitmentOf = new Map(milestones.map((milestone) => [milestone.id, milestone.commitmentId]));
    const links = await this.links.find({
      where: [{ commitmentId: In([...ids]) }, { milestoneId: In([...commitmentOf.keys()]) }],
    });
    return links.map((link) => ({
      commitmentId: link.commitmentId ?? commitmentOf.get(link.milestoneId ?? '') ?? '',
      askId: link.askId,
    }));
  }

  /** The ask, once the actor is known to be an executive of its plan's organisation. */
  private async editable(actor: SignedInActor, id: string): Promise<RoundtableAsk> {
    const ask = await this.getById(id);
    await this.roundtables.editablePlan(actor, ask.planId);
    return ask;
  }

  async create(input: CreateAskInput, actor: SignedInActor): Promise<RoundtableAsk> {
    const roundtable = await this.roundtables.editable(actor, input.roundtableId);
    if (roundtable.status !== RoundtableStatus.HELD) {
      throw badInput('Record what was raised once the roundtable is marked held, with its attendance.', 'roundtableId');
    }
    return this.transactions.run(async (manager) => {
      const last = (await manager.maximum(RoundtableAsk, 'position', { roundtableId: roundtable.id })) ?? 0;
      const now = nowIso();
      const ask = Object.assign(new RoundtableAsk(), {
        id: newId(),
        roundtableId: roundtable.id,
        planId: roundtable.planId,
        statement: input.statement,
        raisedBy: input.raisedBy ?? null,
        theme: input.theme || null,
        position: last + 1,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      return this.edits.create(manager, RoundtableAsk, RevisionSubject.ASK, ask, actor);
    });
  }

  async update(input: UpdateAskInput, actor: SignedInActor): Promise<RoundtableAsk> {
    await this.editable(actor, input.id);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(RoundtableAsk, { id: input.id });
      return this.edits.apply(manager, {
        entity: RoundtableAsk,
        subject: RevisionSubject.ASK,
        row,
        version: input.version,
        changes: {
          statement: input.statement,
          raisedBy: input.raisedBy,
          theme: input.theme === undefined ? undefined : input.theme || null,
        },
        actor,
        commitmentId: null,
      });
    });
  }

  /** Deletes an ask and its links; its last wording stays in its history. Answers its roundtable. */
  async remove(input: DeleteAskInput, actor: SignedInActor): Promise<Roundtable> {
    await this.editable(actor, input.id);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(RoundtableAsk, { id: input.id });
      await this.edits.remove(manager, {
        entity: RoundtableAsk,
        subject: RevisionSubject.ASK,
        row,
        version: input.version,
        fields: RECORDED_FIELDS,
        actor,
        reportId: null,
      });
      return manager.findOneByOrFail(Roundtable, { id: row.roundtableId });
    });
  }

  /** Links an ask to what answers it; linking twice changes nothing. */
  async link(input: AskLinkInput, actor: SignedInActor): Promise<RoundtableAsk> {
    return this.changeLink(input, actor, true);
  }

  /** Removes a link; removing a missing link changes nothing. */
  async unlink(input: AskLinkInput, actor: SignedInActor): Promise<RoundtableAsk> {
    return this.changeLink(input, actor, false);
  }

  private async changeLink(input: AskLinkInput, actor: SignedInActor, linked: boolean): Promise<RoundtableAsk> {
    const target = this.targetOf(input);
    const ask = await this.editable(actor, input.askId);
    if (linked) await this.assertSamePlan(target, ask.planId);
    return this.transactions.run(async (manager) => {
      const where = {
        askId: ask.id,
        recommendationId: target.recommendationId ?? IsNull(),
        commitmentId: target.commitmentId ?? IsNull(),
        milestoneId: target.milestoneId ?? IsNull(),
      };
      const existing = await manager.findOneBy(RoundtableAskLink, where);
      if ((existing !== null) === linked) return manager.findOneByOrFail(RoundtableAsk, { id: ask.id });
      if (existing) await manager.delete(RoundtableAskLink, { id: existing.id });
      else await manager.insert(RoundtableAskLink, { id: newId(), askId: ask.id, ...target, createdAt: nowIso() });
      await this.audit.record(manager, {
        actorId: actor.user.id,
        action: linked ? 'ask.link' : 'ask.unlink',
        subjectType: RevisionSubject.ASK,
        subjectId: ask.id,
        detail: Object.fromEntries(Object.entries(target).filter(([, id]) => id !== null)),
        ip: actor.ip,
      });
      return manager.findOneByOrFail(RoundtableAsk, { id: ask.id });
    });
  }

  /** Exactly one of the three ids. */
  private targetOf(input: AskLinkInput): Target {
    const target: Target = {
      recommendationId: input.recommendationId ?? null,
      commitmentId: input.commitmentId ?? null,
      milestoneId: input.milestoneId ?? null,
    };
    if (Object.values(target).filter((id) => id !== null).length !== 1) {
      throw badInput('Give exactly one of recommendationId, commitmentId or milestoneId.', 'askId');
    }
    return target;
  }

  /** What answers an ask belongs to the ask's own plan (or, for a recommendation, a report it answers). */
  private async assertSamePlan(target: Target, planId: string): Promise<void> {
    if (target.commitmentId) {
      const commitment = await this.commitments.getById(target.commitmentId);
      if (commitment.planId !== planId) {
        throw badInput('An ask is answered only by a commitment of the plan its roundtable is on.', 'commitmentId');
      }
    } else if (target.milestoneId) {
      const milestone = await this.milestones.getById(target.milestoneId);
      if (milestone.planId !== planId) {
        throw badInput('An ask is answered only by a milestone of the plan its roundtable is on.', 'milestoneId');
      }
    } else if (target.recommendationId) {
      const recommendation = await this.reports.getRecommendationById(target.recommendationId);
      if (!(await this.plans.reportIdsOf(planId)).includes(recommendation.reportId)) {
        throw badInput(
          'An ask is answered only by a recommendation of a report the roundtable’s plan answers.',
          'recommendationId',
        );
      }
    }
  }
}
