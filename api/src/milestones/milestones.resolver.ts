import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { GraphQLContext } from '../graphql/graphql-context';
import { Milestone } from './milestone.entity';
import { CreateMilestoneInput } from './dto/create-milestone.input';
import { UpdateMilestoneInput } from './dto/update-milestone.input';
import { MilestonesLoaders } from './milestones.loaders';
import { MilestonesService } from './milestones.service';

@Resolver(() => Milestone)
export class MilestonesResolver {
  constructor(
    private readonly service: MilestonesService,
    private readonly commitments: CommitmentsLoaders,
  ) {}

  @Mutation(() => Milestone)
  @Roles(Role.EXECUTIVE)
  createMilestone(
    @Args('input') input: CreateMilestoneInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Milestone> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Milestone, { description: 'Edits a milestone; a stale version gets CONFLICT with the current one.' })
  @Roles(Role.EXECUTIVE)
  updateMilestone(
    @Args('input') input: UpdateMilestoneInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Milestone> {
    return this.service.update(input, actor);
  }

  @ResolveField(() => Commitment)
  commitment(@Parent() milestone: Milestone, @Context() ctx: GraphQLContext): Promise<Commitment | null> {
    return this.commitments.byId(ctx).load(milestone.commitmentId);
  }
}

@Resolver(() => Commitment)
export class CommitmentMilestonesResolver {
  constructor(private readonly loaders: MilestonesLoaders) {}

  @ResolveField(() => [Milestone], { description: 'Milestones in the plan’s order.' })
  milestones(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<Milestone[]> {
    return this.loaders.byCommitmentId(ctx).load(commitment.id);
  }
}
