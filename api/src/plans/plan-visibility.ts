import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../auth/access-policy';
import { ActorContext } from '../auth/actor';
import { LoaderContext } from '../common/batch';
import { notFound } from '../common/domain-error';
import { ActionPlan } from './action-plan.entity';
import { PlansLoaders } from './plans.loaders';
import { PlansService } from './plans.service';

type RequestContext = ActorContext & LoaderContext;

/**
 * The public reads' side of the drafts rule (`PlanSight` in auth/access-policy.ts): a plan the
 * request's actor may not see, and whatever hangs from it, is answered as if it did not exist.
 */
@Injectable()
export class PlanVisibility {
  constructor(
    private readonly access: AccessPolicy,
    private readonly service: PlansService,
    private readonly loaders: PlansLoaders,
  ) {}

  /** The plan by its slug; NOT_FOUND, the answer to an unknown slug, when the actor may not see it. */
  async getBySlug(ctx: RequestContext, slug: string): Promise<ActionPlan> {
    const plan = await this.service.findBySlug(slug);
    if (!plan || !(await this.access.sight(ctx)).canSee(plan)) throw notFound('plan', slug);
    return plan;
  }

  /** The plans of a list that the actor may see. */
  async visible(ctx: RequestContext, plans: readonly ActionPlan[]): Promise<ActionPlan[]> {
    return (await this.access.sight(ctx)).visible(plans);
  }

  /** Whether the actor may see the plan with this id (false when there is none). */
  async canSeePlanId(ctx: RequestContext, planId: string): Promise<boolean> {
    const plan = await this.loaders.byId(ctx).load(planId);
    return plan !== null && (await this.access.sight(ctx)).canSee(plan);
  }

  /** The rows of a list (commitments, milestones, …) whose plan the actor may see. */
  async visibleByPlan<T extends { planId: string }>(ctx: RequestContext, rows: readonly T[]): Promise<T[]> {
    const seen = await Promise.all(rows.map((row) => this.canSeePlanId(ctx, row.planId)));
    return rows.filter((_, i) => seen[i]);
  }
}
