import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SubjectType } from '@tracker/rules';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { Role, User } from '../auth/user.entity';
import { UsersLoaders } from '../auth/users.loaders';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { GraphQLContext } from '../graphql/graphql-context';
import { Milestone } from '../milestones/milestone.entity';
import { MilestonesLoaders } from '../milestones/milestones.loaders';
import { PostStatusUpdateInput } from './dto/post-status-update.input';
import { Evidence } from './evidence.entity';
import { LedgerLoaders } from './ledger.loaders';
import { LedgerWriter } from './ledger-writer.service';
import { StatusUpdate } from './status-update.entity';

@Resolver(() => StatusUpdate)
export class StatusUpdatesResolver {
  constructor(
    private readonly writer: LedgerWriter,
    private readonly loaders: LedgerLoaders,
    private readonly users: UsersLoaders,
    private readonly commitments: CommitmentsLoaders,
    private readonly milestones: MilestonesLoaders,
  ) {}

  @Mutation(() => StatusUpdate, {
    description:
      'Appends an immutable entry to the ledger: SUBSTANTIAL/COMPLETE need evidence, setbacks a reason code.',
  })
  @Roles(Role.EXECUTIVE, Role.LIAISON)
  postStatusUpdate(
    @Args('input') input: PostStatusUpdateInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<StatusUpdate> {
    return this.writer.post(input, actor);
  }

  @ResolveField(() => SubjectType)
  subjectType(@Parent() entry: StatusUpdate): SubjectType {
    return entry.subjectType;
  }

  @ResolveField(() => [Evidence], { description: 'Public sources for this entry; empty means no public evidence.' })
  evidence(@Parent() entry: StatusUpdate, @Context() ctx: GraphQLContext): Promise<Evidence[]> {
    return this.loaders.evidenceByEntryId(ctx).load(entry.id);
  }

  @ResolveField(() => User, { nullable: true })
  author(@Parent() entry: StatusUpdate, @Context() ctx: GraphQLContext): Promise<User | null> | null {
    return entry.authorId ? this.users.byId(ctx).load(entry.authorId) : null;
  }

  @ResolveField(() => Commitment, { description: 'The commitment, or the commitment of the milestone.' })
  commitment(@Parent() entry: StatusUpdate, @Context() ctx: GraphQLContext): Promise<Commitment | null> {
    return this.commitments.byId(ctx).load(entry.commitmentId);
  }

  @ResolveField(() => Milestone, { nullable: true, description: 'Set when the entry is about a milestone.' })
  milestone(@Parent() entry: StatusUpdate, @Context() ctx: GraphQLContext): Promise<Milestone | null> | null {
    return entry.milestoneId ? this.milestones.byId(ctx).load(entry.milestoneId) : null;
  }

  @ResolveField(() => StatusUpdate, { nullable: true, description: 'The entry this one corrects.' })
  corrects(@Parent() entry: StatusUpdate, @Context() ctx: GraphQLContext): Promise<StatusUpdate | null> | null {
    return entry.correctsId ? this.loaders.entryById(ctx).load(entry.correctsId) : null;
  }
}
