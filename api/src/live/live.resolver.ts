import { Args, Context, Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Public, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { CommitmentsService } from '../commitments/commitments.service';
import { ChangeBus } from '../common/change-bus';
import { notFound } from '../common/domain-error';
import { IdArgs, SlugArgs } from '../common/lookup.args';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanVisibility } from '../plans/plan-visibility';
import { LiveChanges } from './live-changes.service';
import { LiveContext } from './live-context';
import { PlanChange } from './plan-change.model';

/** Each event is the PlanChange itself. */
const asIs = { resolve: (change: PlanChange): PlanChange => change };

/**
 * Subscriptions over graphql-ws at /graphql (live.socket.ts). Each refuses what the matching
 * query refuses, with the same error: `planChanged` as `plan(slug)`, `commitmentChanged` as
 * `commitment(id)`; `awaitingMyResponse` is for liaisons only.
 */
@Resolver()
export class LiveResolver {
  constructor(
    private readonly live: LiveChanges,
    private readonly visibility: PlanVisibility,
    private readonly commitments: CommitmentsService,
  ) {}

  @Public()
  @Subscription(() => PlanChange, {
    ...asIs,
    description: 'Changes to a plan and its commitments; NOT_FOUND as for plan(slug).',
  })
  async planChanged(
    @Args() { slug }: SlugArgs,
    @Context() ctx: LiveContext,
  ): Promise<AsyncIterableIterator<PlanChange>> {
    const plan = await this.visibility.getBySlug(ctx, slug);
    return this.live.ofPlan(ctx, plan.id);
  }

  @Public()
  @Subscription(() => PlanChange, {
    ...asIs,
    description:
      'Changes to a commitment (its ledger, wording, comments) and to its plan; NOT_FOUND as for commitment(id).',
  })
  async commitmentChanged(
    @Args() { id }: IdArgs,
    @Context() ctx: LiveContext,
  ): Promise<AsyncIterableIterator<PlanChange>> {
    const commitment = await this.commitments.getById(id);
    if (!(await this.visibility.canSeePlanId(ctx, commitment.planId))) throw notFound('commitment', id);
    return this.live.ofCommitment(ctx, commitment.planId, commitment.id);
  }

  @Roles(Role.LIAISON)
  @Subscription(() => PlanChange, {
    ...asIs,
    description: 'A new assessment of a commitment of your plans, waiting for your response (liaisons).',
  })
  awaitingMyResponse(@Context() ctx: LiveContext): AsyncIterableIterator<PlanChange> {
    return this.live.awaitingResponse(ctx);
  }
}

@Resolver(() => ActionPlan)
export class PlanChangeSequenceResolver {
  constructor(private readonly bus: ChangeBus) {}

  @ResolveField(() => Int, {
    description:
      'The installation’s change count now: a live page that missed changes (its connection lost) reads this and, if it is past the last PlanChange.sequence it heard, reads the page again.',
  })
  changeSequence(@Parent() _plan: ActionPlan): Promise<number> {
    return this.bus.sequence();
  }
}
