import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { Cost } from '../common/cost';
import { notFound } from '../common/domain-error';
import { IdArgs } from '../common/lookup.args';
import { GraphQLContext } from '../graphql/graphql-context';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanVisibility } from '../plans/plan-visibility';
import { PlansLoaders } from '../plans/plans.loaders';
import { CancelRoundtableInput } from './dto/cancel-roundtable.input';
import { CreateRoundtableInput } from './dto/create-roundtable.input';
import { RoundtableSummary } from './dto/roundtable-summary.type';
import { RegistrationsService } from './registrations/registrations.service';
import { UpdateRoundtableInput } from './dto/update-roundtable.input';
import { RoundtableAsk } from './roundtable-ask.entity';
import { Roundtable, RoundtableStatus } from './roundtable.entity';
import { RoundtablesLoaders } from './roundtables.loaders';
import { RoundtablesService } from './roundtables.service';

/** What the query cost prices a plan's roundtables and a roundtable's asks at (common/cost.ts). */
export const ROUNDTABLES_PER_PLAN = 10;
export const ASKS_PER_ROUNDTABLE = 10;

@Resolver(() => Roundtable)
export class RoundtablesResolver {
  constructor(
    private readonly service: RoundtablesService,
    private readonly registrations: RegistrationsService,
    private readonly loaders: RoundtablesLoaders,
    private readonly plans: PlansLoaders,
    private readonly visibility: PlanVisibility,
  ) {}

  @Public()
  @Query(() => Roundtable, {
    nullable: true,
    description: 'One roundtable; NOT_FOUND when the id is unknown or its plan is a draft you may not see.',
  })
  async roundtable(@Args() { id }: IdArgs, @Context() ctx: GraphQLContext): Promise<Roundtable> {
    const roundtable = await this.service.getById(id);
    if (!(await this.visibility.canSeePlanId(ctx, roundtable.planId))) throw notFound('roundtable', id);
    return roundtable;
  }

  @Roles(Role.EXECUTIVE)
  @Query(() => String, {
    nullable: true,
    description: 'The private joining link of a roundtable of your organisation (null when it is not online).',
  })
  async roundtableJoiningLink(@Args() { id }: IdArgs, @CurrentActor() actor: SignedInActor): Promise<string | null> {
    return (await this.service.editable(actor, id)).joiningLink;
  }

  @Mutation(() => Roundtable, { description: 'Announces a roundtable on a plan of your organisation.' })
  @Roles(Role.EXECUTIVE)
  createRoundtable(
    @Args('input') input: CreateRoundtableInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Roundtable> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Roundtable, {
    description: 'Edits a roundtable, or marks it held with its attendance; a stale version gets CONFLICT.',
  })
  @Roles(Role.EXECUTIVE)
  async updateRoundtable(
    @Args('input') input: UpdateRoundtableInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Roundtable> {
    const roundtable = await this.service.update(input, actor);
    // Places the edit added go to those waiting at once, in order.
    if (input.capacity !== undefined) await this.registrations.fillPlacesAfterEdit(roundtable);
    return roundtable;
  }

  @Mutation(() => Roundtable, {
    description: 'Cancels a roundtable not yet held, with a public reason; registration closes.',
  })
  @Roles(Role.EXECUTIVE)
  cancelRoundtable(
    @Args('input') input: CancelRoundtableInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Roundtable> {
    return this.service.cancel(input, actor);
  }

  @ResolveField(() => ActionPlan)
  plan(@Parent() roundtable: Roundtable, @Context() ctx: GraphQLContext): Promise<ActionPlan | null> {
    return this.plans.byId(ctx).load(roundtable.planId);
  }

  @ResolveField(() => [RoundtableAsk], { description: 'What was raised there, in the order recorded.' })
  @Cost({ listSize: ASKS_PER_ROUNDTABLE })
  asks(@Parent() roundtable: Roundtable, @Context() ctx: GraphQLContext): Promise<RoundtableAsk[]> {
    return this.loaders.asksByRoundtableId(ctx).load(roundtable.id);
  }

  @ResolveField(() => Int, { description: 'People with a confirmed place.' })
  async registeredCount(@Parent() roundtable: Roundtable, @Context() ctx: GraphQLContext): Promise<number> {
    return (await this.loaders.registrationCounts(ctx).load(roundtable.id)).registered;
  }

  @ResolveField(() => Int, { description: 'People on the waiting list.' })
  async waitingCount(@Parent() roundtable: Roundtable, @Context() ctx: GraphQLContext): Promise<number> {
    return (await this.loaders.registrationCounts(ctx).load(roundtable.id)).waiting;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Places not yet taken; null when unlimited.' })
  async placesLeft(@Parent() roundtable: Roundtable, @Context() ctx: GraphQLContext): Promise<number | null> {
    if (roundtable.capacity === null) return null;
    const { registered } = await this.loaders.registrationCounts(ctx).load(roundtable.id);
    return Math.max(0, roundtable.capacity - registered);
  }
}

@Resolver(() => ActionPlan)
export class PlanRoundtablesResolver {
  constructor(private readonly loaders: RoundtablesLoaders) {}

  @ResolveField(() => [Roundtable], { description: 'The plan’s roundtables, earliest first.' })
  @Cost({ listSize: ROUNDTABLES_PER_PLAN })
  roundtables(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<Roundtable[]> {
    return this.loaders.byPlanId(ctx).load(plan.id);
  }

  @ResolveField(() => RoundtableSummary, { description: 'Roundtables held, people who took part, asks and answers.' })
  @Cost({ perCall: ROUNDTABLES_PER_PLAN * ASKS_PER_ROUNDTABLE })
  async roundtableSummary(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<RoundtableSummary> {
    const [roundtables, asks] = await Promise.all([
      this.loaders.byPlanId(ctx).load(plan.id),
      this.loaders.asksByPlanId(ctx).load(plan.id),
    ]);
    const held = roundtables.filter((roundtable) => roundtable.status === RoundtableStatus.HELD);
    const links = await this.loaders.linksByAskId(ctx).loadMany(asks.map((ask) => ask.id));
    const answered = links.filter(
      (found) => Array.isArray(found) && found.some((link) => link.commitmentId !== null || link.milestoneId !== null),
    );
    return {
      held: held.length,
      participants: held.reduce((sum, roundtable) => sum + (roundtable.attendance ?? 0), 0),
      asksRaised: asks.length,
      asksAnswered: answered.length,
    };
  }
}
