import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommitmentStatus, DeadlineStatus, disagrees } from '@tracker/rules';
import { Commitment } from '../commitments/commitment.entity';
import { DateScalar } from '../common/scalars';
import { GraphQLContext } from '../graphql/graphql-context';
import { CommitmentState } from './commitment-state';
import { LedgerLoaders } from './ledger.loaders';
import { StatusUpdate } from './status-update.entity';

/** The three lenses on a commitment, derived from the ledger. */
@Resolver(() => Commitment)
export class CommitmentLensesResolver {
  constructor(private readonly loaders: LedgerLoaders) {}

  private state(commitment: Commitment, ctx: GraphQLContext): Promise<CommitmentState> {
    return this.loaders.stateByCommitmentId(ctx).load(commitment.id);
  }

  @ResolveField(() => CommitmentStatus, {
    description: 'The network’s independent assessment; only the executive writes it.',
  })
  async assessment(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<CommitmentStatus> {
    return (await this.state(commitment, ctx)).assessment;
  }

  @ResolveField(() => CommitmentStatus, { description: 'The party’s own account of progress.' })
  async partyReported(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<CommitmentStatus> {
    return (await this.state(commitment, ctx)).partyReported;
  }

  @ResolveField(() => DeadlineStatus, { description: 'Computed from the due date, the completion date and today.' })
  async deadline(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<DeadlineStatus> {
    return (await this.state(commitment, ctx)).deadline;
  }

  @ResolveField(() => Boolean, { description: 'Both lenses are assessed and they differ.' })
  async disagreement(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<boolean> {
    const state = await this.state(commitment, ctx);
    return disagrees(state.assessment, state.partyReported);
  }

  @ResolveField(() => DateScalar, { nullable: true, description: 'When the assessment became COMPLETE.' })
  async completedOn(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<string | null> {
    return (await this.state(commitment, ctx)).completedOn;
  }

  @ResolveField(() => StatusUpdate, { nullable: true, description: 'The ledger entry behind the current assessment.' })
  async assessmentEntry(
    @Parent() commitment: Commitment,
    @Context() ctx: GraphQLContext,
  ): Promise<StatusUpdate | null> {
    const entry = (await this.state(commitment, ctx)).assessmentEntry;
    return entry ? this.loaders.entryBySequence(ctx).load(entry.sequence) : null;
  }

  @ResolveField(() => StatusUpdate, {
    nullable: true,
    description: 'The ledger entry behind the current party-reported status.',
  })
  async partyReportedEntry(
    @Parent() commitment: Commitment,
    @Context() ctx: GraphQLContext,
  ): Promise<StatusUpdate | null> {
    const entry = (await this.state(commitment, ctx)).partyReportedEntry;
    return entry ? this.loaders.entryBySequence(ctx).load(entry.sequence) : null;
  }
}
