import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { badInput, notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { SlugNamespace } from '../common/slug-namespace';
import { Transactions } from '../common/transactions';
import { duplicateAs, slugTaken } from '../common/duplicates';
import { ReportsService } from '../reports/reports.service';
import { conflict, EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import { ActionPlan } from './action-plan.entity';
import { CreatePlanInput } from './dto/create-plan.input';
import { UpdatePlanInput } from './dto/update-plan.input';
import { PlanReport } from './plan-report.entity';
import { PublishPlanInput } from './dto/publish-plan.input';
import { UnpublishPlanInput } from './dto/unpublish-plan.input';

@Injectable()
export class PlansService {
  constructor(
    @InjectRepository(ActionPlan) private readonly plans: Repository<ActionPlan>,
    @InjectRepository(PlanReport) private readonly planReports: Repository<PlanReport>,
    private readonly reports: ReportsService,
    private readonly access: AccessPolicy,
    private readonly edits: EditsService,
    private readonly slugs: SlugNamespace,
    private readonly transactions: Transactions,
  ) {}

  /** The plan with this slug, draft or published: callers that answer the public check who may see it. */
  findBySlug(slug: string): Promise<ActionPlan | null> {
    return this.plans.findOneBy({ slug });
  }

  /** The plan with this slug, draft or published, for the server's own tools (the CLI). */
  async getBySlug(slug: string): Promise<ActionPlan> {
    const plan = await this.findBySlug(slug);
    if (!plan) throw notFound('plan', slug);
    return plan;
  }

  async getById(id: string): Promise<ActionPlan> {
    const plan = await this.plans.findOneBy({ id });
    if (!plan) throw notFound('plan', id);
    return plan;
  }

  findByIds(ids: readonly string[]): Promise<ActionPlan[]> {
    return this.plans.findBy({ id: In([...ids]) });
  }

  findByOrganisationIds(ids: readonly string[]): Promise<ActionPlan[]> {
    return this.plans.find({
      where: { organisationId: In([...ids]) },
      order: { agreedOn: { direction: 'DESC', nulls: 'LAST' }, title: 'ASC' },
    });
  }

  findReportLinksByPlanIds(ids: readonly string[]): Promise<PlanReport[]> {
    return this.planReports.findBy({ planId: In([...ids]) });
  }

  findPlanLinksByReportIds(ids: readonly string[]): Promise<PlanReport[]> {
    return this.planReports.findBy({ reportId: In([...ids]) });
  }

  /** The ids of the reports a plan answers. */
  async reportIdsOf(planId: string): Promise<string[]> {
    return (await this.findReportLinksByPlanIds([planId])).map((link) => link.reportId);
  }

  /** Every id names a report (else NOT_FOUND) of the given organisation (else BAD_USER_INPUT). */
  private async assertOwnReports(ids: string[], organisationId: string): Promise<void> {
    const found = new Map((await this.reports.findByIds(ids)).map((report) => [report.id, report]));
    for (const id of ids) {
      const report = found.get(id);
      if (!report) throw notFound('report', id);
      if (report.organisationId !== organisationId) {
        throw badInput('A plan answers reports of its own organisation only.', 'reportIds');
      }
    }
  }

  async create(input: CreatePlanInput, actor: SignedInActor): Promise<ActionPlan> {
    const organisationId = actor.user.organisationId ?? '';
    this.access.assertExecutiveOf(actor.user, organisationId);
    const reportIds = [...new Set(input.reportIds ?? [])];
    await this.assertOwnReports(reportIds, organisationId);
    return this.transactions
      .run(async (manager) => {
        await this.slugs.assertFree(manager, input.slug);
        const now = nowIso();
        const plan = Object.assign(new ActionPlan(), {
          id: newId(),
          organisationId,
          slug: input.slug,
          title: input.title,
          counterpart: input.counterpart,
          agreedOn: input.agreedOn ?? null,
          description: input.description ?? '',
          isIllustrative: false,
          publishedAt: null,
          unpublishedReason: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        const created = await this.edits.create(manager, ActionPlan, RevisionSubject.PLAN, plan, actor);
        if (reportIds.length > 0) {
          await manager.insert(
            PlanReport,
            reportIds.map((reportId) => ({ planId: plan.id, reportId })),
          );
        }
        return created;
      })
      .catch(duplicateAs('action_plan', 'slug', () => slugTaken(input.slug)));
  }

  async update(input: UpdatePlanInput, actor: SignedInActor): Promise<ActionPlan> {
    const { organisationId } = await this.getById(input.id);
    this.access.assertExecutiveOf(actor.user, organisationId);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(ActionPlan, { id: input.id });
      return this.edits.apply(manager, {
        entity: ActionPlan,
        subject: RevisionSubject.PLAN,
        row,
        version: input.version,
        changes: {
          title: input.title,
          counterpart: input.counterpart,
          agreedOn: input.agreedOn,
          description: input.description === null ? '' : input.description,
        },
        actor,
        commitmentId: null,
      });
    });
  }

  /** Makes a draft public: a revision in the plan's history and a `plan.publish` audit event. */
  publish(input: PublishPlanInput, actor: SignedInActor): Promise<ActionPlan> {
    return this.changePublication(input, actor, 'publish');
  }

  /** Takes a published plan back to draft, with the reason in its history: `plan.unpublish`. */
  unpublish(input: UnpublishPlanInput, actor: SignedInActor): Promise<ActionPlan> {
    return this.changePublication(input, actor, 'unpublish', input.reason);
  }

  private async changePublication(
    input: { id: string; version: number },
    actor: SignedInActor,
    step: 'publish' | 'unpublish',
    reason?: string,
  ): Promise<ActionPlan> {
    const { organisationId } = await this.getById(input.id);
    this.access.assertExecutiveOf(actor.user, organisationId);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(ActionPlan, { id: input.id });
      if (row.version !== input.version) throw conflict(RevisionSubject.PLAN, row.version);
      if (step === 'publish' && row.publishedAt !== null) {
        throw badInput('This plan is already published; there is nothing to publish.', 'id');
      }
      if (step === 'unpublish' && row.publishedAt === null) {
        throw badInput('This plan is a draft already; only a published plan can be unpublished.', 'id');
      }
      return this.edits.apply(manager, {
        entity: ActionPlan,
        subject: RevisionSubject.PLAN,
        row,
        version: input.version,
        changes:
          step === 'publish'
            ? { publishedAt: nowIso(), unpublishedReason: null }
            : { publishedAt: null, unpublishedReason: reason },
        actor,
        commitmentId: null,
        action: `plan.${step}`,
      });
    });
  }
}
