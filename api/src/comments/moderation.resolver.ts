import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { Role, User } from '../auth/user.entity';
import { UsersLoaders } from '../auth/users.loaders';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { Connection, ConnectionShape, paginate } from '../common/pagination';
import { DateTimeScalar } from '../common/scalars';
import { GraphQLContext } from '../graphql/graphql-context';
import { PlansService } from '../plans/plans.service';
import { CommentsService } from './comments.service';
import { ModerationArgs } from './dto/moderation.args';
import { ModerationItem } from './dto/moderation-item.type';

export const ModerationConnection = Connection(ModerationItem, 'Moderation');

const toItem = (comment: ModerationItem['comment']): ModerationItem => ({
  comment,
  body: comment.body,
  hiddenReason: comment.hiddenReason,
});

@Resolver(() => ModerationItem)
export class ModerationResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly plans: PlansService,
    private readonly commitments: CommitmentsLoaders,
    private readonly users: UsersLoaders,
  ) {}

  @Roles(Role.EXECUTIVE)
  @Query(() => ModerationConnection, {
    description: 'Comments on your organisation’s plans, newest first, hidden ones with their text and reason.',
  })
  async moderation(
    @Args() args: ModerationArgs,
    @CurrentActor() actor: SignedInActor,
  ): Promise<ConnectionShape<ModerationItem>> {
    const { organisationId } = actor.user;
    const plans = organisationId ? await this.plans.findByOrganisationIds([organisationId]) : [];
    const found = await this.comments.findByPlanIds(
      plans.map((plan) => plan.id),
      args.hidden ?? undefined,
    );
    return paginate(found.map(toItem), args, (item) => item.comment.id);
  }

  @ResolveField(() => Commitment)
  commitment(@Parent() item: ModerationItem, @Context() ctx: GraphQLContext): Promise<Commitment | null> {
    return this.commitments.byId(ctx).load(item.comment.commitmentId);
  }

  @ResolveField(() => DateTimeScalar, { nullable: true })
  hiddenAt(@Parent() item: ModerationItem): string | null {
    return item.comment.hiddenAt;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who hid it.' })
  hiddenBy(@Parent() item: ModerationItem, @Context() ctx: GraphQLContext): Promise<User | null> | null {
    return item.comment.hiddenById ? this.users.byId(ctx).load(item.comment.hiddenById) : null;
  }
}
