import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { badInput, notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Transactions } from '../common/transactions';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlansService } from '../plans/plans.service';
import { duplicateAs, referenceTaken } from '../common/duplicates';
import { Recommendation } from '../reports/recommendation.entity';
import { ReportsService } from '../reports/reports.service';
import { EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import { CommitmentRecommendation } from './commitment-recommendation.entity';
import { Commitment } from './commitment.entity';
import { CreateCommitmentInput } from './dto/create-commitment.input';
import { LinkRecommendationInput } from './dto/link-recommendation.input';
import { UpdateCommitmentInput } from './dto/update-commitment.input';

/** Blank text in a nullable column is stored as null; a field left out stays left out. */
const blankToNull = (value: string | null | undefined): string | null | undefined => (value === '' ? null : value);

@Injectable()
export class CommitmentsService {
  constructor(
    @InjectRepository(Commitment) private readonly commitments: Repository<Commitment>,
    @InjectRepository(CommitmentRecommendation) private readonly links: Repository<CommitmentRecommendation>,
    private readonly plans: PlansService,
    private readonly reports: ReportsService,
    private readonly access: AccessPolicy,
    private readonly edits: EditsService,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
  ) {}

  async getById(id: string): Promise<Commitment> {
    const commitment = await this.commitments.findOneBy({ id });
    if (!commitment) throw notFound('commitment', id);
    return commitment;
  }

  async getByReference(planId: string, reference: string): Promise<Commitment> {
    const commitment = await this.commitments.findOneBy({ planId, reference });
    if (!commitment) throw notFound('commitment', reference);
    return commitment;
  }

  findByIds(ids: readonly string[]): Promise<Commitment[]> {
    return this.commitments.findBy({ id: In([...ids]) });
  }

  /** Every commitment of the given plans, in each plan's order. */
  findByPlanIds(ids: readonly string[]): Promise<Commitment[]> {
    return this.commitments.find({ where: { planId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  findLinksByCommitmentIds(ids: readonly string[]): Promise<CommitmentRecommendation[]> {
    return this.links.findBy({ commitmentId: In([...ids]) });
  }

  findLinksByRecommendationIds(ids: readonly string[]): Promise<CommitmentRecommendation[]> {
    return this.links.findBy({ recommendationId: In([...ids]) });
  }

  /** The plan, once the actor is known to be the executive of its organisation. */
  private async editablePlan(actor: SignedInActor, planId: string): Promise<ActionPlan> {
    const plan = await this.plans.getById(planId);
    this.access.assertExecutiveOf(actor.user, plan.organisationId);
    return plan;
  }

  /** A commitment answers recommendations of the reports its plan answers, and no others. */
  private async assertAnswerable(recommendations: Recommendation[], planId: string, field: string): Promise<void> {
    const answered = new Set(await this.plans.reportIdsOf(planId));
    if (recommendations.some((recommendation) => !answered.has(recommendation.reportId))) {
      throw badInput('A commitment answers only recommendations of the reports its plan answers.', field);
    }
  }

  async create(input: CreateCommitmentInput, actor: SignedInActor): Promise<Commitment> {
    const plan = await this.editablePlan(actor, input.planId);
    const recommendationIds = [...new Set(input.recommendationIds ?? [])];
    const recommendations = await this.reports.findRecommendationsByIds(recommendationIds);
    const missing = recommendationIds.find((id) => !recommendations.some((r) => r.id === id));
    if (missing) throw notFound('recommendation', missing);
    await this.assertAnswerable(recommendations, plan.id, 'recommendationIds');
    return this.transactions
      .run(async (manager) => {
        if (await manager.existsBy(Commitment, { planId: plan.id, reference: input.reference })) {
          throw referenceTaken(input.reference, 'plan');
        }
        const last = (await manager.maximum(Commitment, 'position', { planId: plan.id })) ?? 0;
        const now = nowIso();
        const commitment = Object.assign(new Commitment(), {
          id: newId(),
          planId: plan.id,
          reference: input.reference,
          position: last + 1,
          title: input.title,
          description: input.description ?? '',
          owner: input.owner || null,
          successCriteria: input.successCriteria || null,
          dueDate: input.dueDate ?? null,
          theme: input.theme || null,
          isIllustrative: false,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        const created = await this.edits.create(manager, Commitment, RevisionSubject.COMMITMENT, commitment, actor);
        if (recommendationIds.length > 0) {
          await manager.insert(
            CommitmentRecommendation,
            recommendationIds.map((recommendationId) => ({ commitmentId: commitment.id, recommendationId })),
          );
        }
        return created;
      })
      .catch(duplicateAs('commitment', 'reference', () => referenceTaken(input.reference, 'plan')));
  }

  async update(input: UpdateCommitmentInput, actor: SignedInActor): Promise<Commitment> {
    const { planId } = await this.getById(input.id);
    await this.editablePlan(actor, planId);
    const reference = input.reference;
    return this.transactions
      .run(async (manager) => {
        const row = await manager.findOneByOrFail(Commitment, { id: input.id });
        if (
          reference !== undefined &&
          reference !== row.reference &&
          (await manager.existsBy(Commitment, { planId: row.planId, reference }))
        ) {
          throw referenceTaken(reference, 'plan');
        }
        return this.edits.apply(manager, {
          entity: Commitment,
          subject: RevisionSubject.COMMITMENT,
          row,
          version: input.version,
          changes: {
            reference,
            title: input.title,
            description: input.description === null ? '' : input.description,
            owner: blankToNull(input.owner),
            successCriteria: blankToNull(input.successCriteria),
            dueDate: input.dueDate,
            theme: blankToNull(input.theme),
          },
          actor,
          commitmentId: row.id,
        });
      })
      .catch(duplicateAs('commitment', 'reference', () => referenceTaken(reference ?? '', 'plan')));
  }

  /** Adds or removes one commitment–recommendation link; doing what is already done changes nothing. */
  async linkRecommendation(input: LinkRecommendationInput, actor: SignedInActor): Promise<Commitment> {
    const commitment = await this.getById(input.commitmentId);
    await this.editablePlan(actor, commitment.planId);
    const recommendation = await this.reports.getRecommendationById(input.recommendationId);
    if (!input.unlink) await this.assertAnswerable([recommendation], commitment.planId, 'recommendationId');
    const link = { commitmentId: commitment.id, recommendationId: recommendation.id };
    return this.transactions.run(async (manager) => {
      const linked = await manager.existsBy(CommitmentRecommendation, link);
      if (linked !== input.unlink) return manager.findOneByOrFail(Commitment, { id: commitment.id });
      if (input.unlink) await manager.delete(CommitmentRecommendation, link);
      else await manager.insert(CommitmentRecommendation, link);
      await this.audit.record(manager, {
        actorId: actor.user.id,
        action: input.unlink ? 'commitment.unlink' : 'commitment.link',
        subjectType: RevisionSubject.COMMITMENT,
        subjectId: commitment.id,
        detail: { recommendationId: recommendation.id, reference: recommendation.reference },
        ip: actor.ip,
      });
      return manager.findOneByOrFail(Commitment, { id: commitment.id });
    });
  }
}
