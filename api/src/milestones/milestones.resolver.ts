import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { GraphQLContext } from '../graphql/graphql-context';
import { Milestone } from './milestone.entity';
import { MilestonesLoaders } from './milestones.loaders';

@Resolver(() => Milestone)
export class MilestonesResolver {
  constructor(private readonly commitments: CommitmentsLoaders) {}

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
