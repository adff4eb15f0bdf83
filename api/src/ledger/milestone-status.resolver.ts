import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DeadlineStatus, MilestoneStatus } from '@tracker/rules';
import { DateScalar } from '../common/scalars';
import { GraphQLContext } from '../graphql/graphql-context';
import { Milestone } from '../milestones/milestone.entity';
import { MilestoneLensState } from './commitment-state';
import { LedgerLoaders } from './ledger.loaders';
import { StatusUpdate } from './status-update.entity';

/** A milestone's status and deadline, derived from the ledger. */
@Resolver(() => Milestone)
export class MilestoneStatusResolver {
  constructor(private readonly loaders: LedgerLoaders) {}

  private async state(milestone: Milestone, ctx: GraphQLContext): Promise<MilestoneLensState> {
    const commitment = await this.loaders.stateByCommitmentId(ctx).load(milestone.commitmentId);
    const state = commitment.milestones.get(milestone.id);
    if (!state) throw new Error(`Milestone ${milestone.id} missing from its commitment's state`);
    return state;
  }

  @ResolveField(() => MilestoneStatus)
  async status(@Parent() milestone: Milestone, @Context() ctx: GraphQLContext): Promise<MilestoneStatus> {
    return (await this.state(milestone, ctx)).status;
  }

  @ResolveField(() => DeadlineStatus, { description: 'OVERDUE when past its due date and not complete.' })
  async deadline(@Parent() milestone: Milestone, @Context() ctx: GraphQLContext): Promise<DeadlineStatus> {
    return (await this.state(milestone, ctx)).deadline;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  async completedOn(@Parent() milestone: Milestone, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.state(milestone, ctx)).completedOn;
  }

  @ResolveField(() => StatusUpdate, { nullable: true, description: 'The ledger entry behind the current status.' })
  async latestEntry(@Parent() milestone: Milestone, @Context() ctx: GraphQLContext): Promise<StatusUpdate | null> {
    const entry = (await this.state(milestone, ctx)).entry;
    return entry ? this.loaders.entryBySequence(ctx).load(entry.sequence) : null;
  }
}
