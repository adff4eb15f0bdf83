import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isVerifiable } from '@tracker/rules';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { loaded } from '../common/batch';
import { notFound } from '../common/domain-error';
import { IdArgs, ReferenceArgs } from '../common/lookup.args';
import { GraphQLContext } from '../graphql/graphql-context';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanVisibility } from '../plans/plan-visibility';
import { PlansLoaders } from '../plans/plans.loaders';
import { Recommendation } from '../reports/recommendation.entity';
import { ReportsLoaders } from '../reports/reports.loaders';
import { Commitment } from './commitment.entity';
import { CommitmentsLoaders } from './commitments.loaders';
import { CommitmentsService } from './commitments.service';
import { CreateCommitmentInput } from './dto/create-commitment.input';
import { LinkRecommendationInput } from './dto/link-recommendation.input';
import { UpdateCommitmentInput } from './dto/update-commitment.input';

const byPosition = <T extends { position: number }>(a: T, b: T): number => a.position - b.position;

@Resolver(() => Commitment)
export class CommitmentsResolver {
  constructor(
    private readonly service: CommitmentsService,
    private readonly loaders: CommitmentsLoaders,
    private readonly plans: PlansLoaders,
    private readonly visibility: PlanVisibility,
    private readonly reports: ReportsLoaders,
  ) {}

  @Public()
  @Query(() => Commitment, {
    nullable: true,
    description: 'One commitment; NOT_FOUND when the id is unknown or its plan is a draft you may not see.',
  })
  async commitment(@Args() { id }: IdArgs, @Context() ctx: GraphQLContext): Promise<Commitment> {
    const commitment = await this.service.getById(id);
    if (!(await this.visibility.canSeePlanId(ctx, commitment.planId))) throw notFound('commitment', id);
    return commitment;
  }

  @Mutation(() => Commitment, { description: 'Adds a commitment at the end of a plan of your organisation.' })
  @Roles(Role.EXECUTIVE)
  createCommitment(
    @Args('input') input: CreateCommitmentInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Commitment> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Commitment, {
    description: 'Edits a commitment; a stale version gets CONFLICT with the current one.',
  })
  @Roles(Role.EXECUTIVE)
  updateCommitment(
    @Args('input') input: UpdateCommitmentInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Commitment> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Commitment, {
    description: 'Links a commitment to a recommendation it answers, or removes the link; repeating changes nothing.',
  })
  @Roles(Role.EXECUTIVE)
  linkRecommendation(
    @Args('input') input: LinkRecommendationInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Commitment> {
    return this.service.linkRecommendation(input, actor);
  }

  @ResolveField(() => ActionPlan)
  plan(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<ActionPlan | null> {
    return this.plans.byId(ctx).load(commitment.planId);
  }

  @ResolveField(() => Boolean, { description: 'Has an owner, a due date and success criteria.' })
  verifiable(@Parent() commitment: Commitment): boolean {
    return isVerifiable(commitment);
  }

  @ResolveField(() => [Recommendation], { description: 'The recommendations this commitment answers.' })
  async recommendations(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<Recommendation[]> {
    const ids = await this.loaders.recommendationIdsByCommitmentId(ctx).load(commitment.id);
    return loaded(await this.reports.recommendationById(ctx).loadMany(ids)).sort(byPosition);
  }
}

@Resolver(() => Recommendation)
export class RecommendationCommitmentsResolver {
  constructor(
    private readonly loaders: CommitmentsLoaders,
    private readonly visibility: PlanVisibility,
  ) {}

  @ResolveField(() => [Commitment], {
    description: 'The commitments that answer it (of the plans you may see); empty is a gap.',
  })
  async commitments(@Parent() recommendation: Recommendation, @Context() ctx: GraphQLContext): Promise<Commitment[]> {
    const ids = await this.loaders.commitmentIdsByRecommendationId(ctx).load(recommendation.id);
    const commitments = loaded(await this.loaders.byId(ctx).loadMany(ids));
    return (await this.visibility.visibleByPlan(ctx, commitments)).sort(byPosition);
  }
}

@Resolver(() => ActionPlan)
export class PlanCommitmentResolver {
  constructor(private readonly service: CommitmentsService) {}

  @ResolveField(() => Commitment, {
    nullable: true,
    description: 'One commitment of the plan by its reference, e.g. C3.',
  })
  commitment(@Parent() plan: ActionPlan, @Args() { reference }: ReferenceArgs): Promise<Commitment> {
    return this.service.getByReference(plan.id, reference);
  }
}
