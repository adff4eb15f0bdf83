import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { LoaderContext, loaderKey } from '../common/batch';
import { DomainError, ErrorCode } from '../common/domain-error';
import { ActorContext } from './actor';
import { LiaisonPlan } from './liaison-plan.entity';
import { Role, User } from './user.entity';

const forbidden = (message: string): DomainError => new DomainError(ErrorCode.FORBIDDEN, message);

/** What decides who may see a plan: its organisation, and whether it has been published. */
export interface PlanVisibilityFacts {
  readonly id: string;
  readonly organisationId: string;
  readonly publishedAt: string | null;
}

/**
 * Who may see which plans: the one rule every read of a plan, and of everything that hangs from
 * it (commitments, milestones, the ledger, history, comments), goes through. A published plan is
 * public. A draft is seen only by the executives of its organisation and the liaisons attached to
 * it; to everyone else it does not exist: it is answered like an unknown slug or id, and it is left
 * out of every list and count.
 */
export class PlanSight {
  constructor(
    private readonly viewer: User | null,
    private readonly liaisonPlanIds: ReadonlySet<string>,
  ) {}

  canSee(plan: PlanVisibilityFacts): boolean {
    if (plan.publishedAt !== null) return true;
    const viewer = this.viewer;
    if (!viewer) return false;
    if (viewer.role === Role.EXECUTIVE) return viewer.organisationId === plan.organisationId;
    return viewer.role === Role.LIAISON && this.liaisonPlanIds.has(plan.id);
  }

  /** The plans of a list this viewer may see, in the list's order. */
  visible<T extends PlanVisibilityFacts>(plans: readonly T[]): T[] {
    return plans.filter((plan) => this.canSee(plan));
  }
}

const PLAN_SIGHT = loaderKey<string, PlanSight>('access.planSight');

/**
 * Resource checks that roles alone cannot make: an executive acts only for their own
 * organisation; a liaison speaks only for the plans they are attached to.
 */
@Injectable()
export class AccessPolicy {
  constructor(@InjectRepository(LiaisonPlan) private readonly liaisonPlans: Repository<LiaisonPlan>) {}

  /** What a person (or an anonymous caller, `null`) may see of the plans. */
  async sightOf(user: User | null): Promise<PlanSight> {
    const planIds =
      user?.role === Role.LIAISON
        ? (await this.liaisonPlans.findBy({ userId: user.id })).map((link) => link.planId)
        : [];
    return new PlanSight(user, new Set(planIds));
  }

  /** The sight of a request's actor, worked out once per request. */
  sight(ctx: ActorContext & LoaderContext): Promise<PlanSight> {
    // Keyed by the user, read when the batch runs: signing in during the request gets a new sight.
    return ctx.loaders
      .get(PLAN_SIGHT, (keys) => Promise.all(keys.map(() => this.sightOf(ctx.actor.user))))
      .load(ctx.actor.user?.id ?? '');
  }

  isExecutiveOf(user: User, organisationId: string): boolean {
    return user.role === Role.EXECUTIVE && user.organisationId === organisationId;
  }

  async isLiaisonFor(user: User, planId: string): Promise<boolean> {
    return user.role === Role.LIAISON && (await this.liaisonPlans.existsBy({ userId: user.id, planId }));
  }

  assertExecutiveOf(user: User, organisationId: string): void {
    if (!this.isExecutiveOf(user, organisationId)) {
      throw forbidden('Only the executive of the organisation that owns this record may change it.');
    }
  }

  async assertLiaisonFor(user: User, planId: string): Promise<void> {
    if (!(await this.isLiaisonFor(user, planId))) throw forbidden('Only a liaison attached to this plan may do this.');
  }

  /** The executive of the plan's organisation or a liaison of the plan: the people who write about it. */
  async assertParticipant(user: User, plan: { id: string; organisationId: string }): Promise<void> {
    if (this.isExecutiveOf(user, plan.organisationId) || (await this.isLiaisonFor(user, plan.id))) return;
    throw forbidden('Only the organisation’s executive and the plan’s liaisons may do this.');
  }
}
