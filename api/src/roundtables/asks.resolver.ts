import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { loaded } from '../common/batch';
import { Cost } from '../common/cost';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { GraphQLContext } from '../graphql/graphql-context';
import { Milestone } from '../milestones/milestone.entity';
import { MilestonesLoaders } from '../milestones/milestones.loaders';
import { Recommendation } from '../reports/recommendation.entity';
import { ReportsLoaders } from '../reports/reports.loaders';
import { AsksService } from './asks.service';
import { CreateAskInput, DeleteAskInput, UpdateAskInput } from './dto/ask.input';
import { AskLinkInput } from './dto/link-ask.input';
import { RoundtableAskLink } from './roundtable-ask-link.entity';
import { RoundtableAsk } from './roundtable-ask.entity';
import { Roundtable } from './roundtable.entity';
import { RoundtablesLoaders } from './roundtables.loaders';
import { ASKS_PER_ROUNDTABLE } from './roundtables.resolver';

@Resolver(() => RoundtableAsk)
export class AsksResolver {
  constructor(
    private readonly service: AsksService,
    private readonly loaders: RoundtablesLoaders,
  ) {}

  @Mutation(() => RoundtableAsk, { description: 'Records something raised at a held roundtable of your organisation.' })
  @Roles(Role.EXECUTIVE)
  createAsk(@Args('input') input: CreateAskInput, @CurrentActor() actor: SignedInActor): Promise<RoundtableAsk> {
    return this.service.create(input, actor);
  }

  @Mutation(() => RoundtableAsk, { description: 'Edits an ask; a stale version gets CONFLICT with the current one.' })
  @Roles(Role.EXECUTIVE)
  updateAsk(@Args('input') input: UpdateAskInput, @CurrentActor() actor: SignedInActor): Promise<RoundtableAsk> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Roundtable, {
    description: 'Deletes an ask and its links; its wording stays in its history. Answers the roundtable.',
  })
  @Roles(Role.EXECUTIVE)
  deleteAsk(@Args('input') input: DeleteAskInput, @CurrentActor() actor: SignedInActor): Promise<Roundtable> {
    return this.service.remove(input, actor);
  }

  @Mutation(() => RoundtableAsk, {
    description:
      'Links an ask to a recommendation, commitment or milestone of its plan that answers it; repeating changes nothing.',
  })
  @Roles(Role.EXECUTIVE)
  linkAsk(@Args('input') input: AskLinkInput, @CurrentActor() actor: SignedInActor): Promise<RoundtableAsk> {
    return this.service.link(input, actor);
  }

  @Mutation(() => RoundtableAsk, { description: 'Removes a link of an ask; removing a missing link changes nothing.' })
  @Roles(Role.EXECUTIVE)
  unlinkAsk(@Args('input') input: AskLinkInput, @CurrentActor() actor: SignedInActor): Promise<RoundtableAsk> {
    return this.service.unlink(input, actor);
  }

  @ResolveField(() => Roundtable)
  roundtable(@Parent() ask: RoundtableAsk, @Context() ctx: GraphQLContext): Promise<Roundtable | null> {
    return this.loaders.byId(ctx).load(ask.roundtableId);
  }

  @ResolveField(() => [RoundtableAskLink], { description: 'What answers it (“we did”); empty is a gap.' })
  @Cost({ listSize: 3 })
  links(@Parent() ask: RoundtableAsk, @Context() ctx: GraphQLContext): Promise<RoundtableAskLink[]> {
    return this.loaders.linksByAskId(ctx).load(ask.id);
  }

  @ResolveField(() => Boolean, { description: 'Linked to something that answers it; false is a gap.' })
  async answered(@Parent() ask: RoundtableAsk, @Context() ctx: GraphQLContext): Promise<boolean> {
    return (await this.loaders.linksByAskId(ctx).load(ask.id)).length > 0;
  }
}

@Resolver(() => RoundtableAskLink)
export class AskLinkResolver {
  constructor(
    private readonly reports: ReportsLoaders,
    private readonly commitments: CommitmentsLoaders,
    private readonly milestones: MilestonesLoaders,
  ) {}

  @ResolveField(() => Recommendation, { nullable: true })
  recommendation(@Parent() link: RoundtableAskLink, @Context() ctx: GraphQLContext): Promise<Recommendation | null> {
    return link.recommendationId
      ? this.reports.recommendationById(ctx).load(link.recommendationId)
      : Promise.resolve(null);
  }

  @ResolveField(() => Commitment, { nullable: true })
  commitment(@Parent() link: RoundtableAskLink, @Context() ctx: GraphQLContext): Promise<Commitment | null> {
    return link.commitmentId ? this.commitments.byId(ctx).load(link.commitmentId) : Promise.resolve(null);
  }

  @ResolveField(() => Milestone, { nullable: true })
  milestone(@Parent() link: RoundtableAskLink, @Context() ctx: GraphQLContext): Promise<Milestone | null> {
    return link.milestoneId ? this.milestones.byId(ctx).load(link.milestoneId) : Promise.resolve(null);
  }
}

@Resolver(() => Commitment)
export class CommitmentRoundtableAsksResolver {
  constructor(private readonly loaders: RoundtablesLoaders) {}

  @ResolveField(() => [RoundtableAsk], {
    description: 'The roundtable asks this commitment, or one of its milestones, answers.',
  })
  @Cost({ listSize: ASKS_PER_ROUNDTABLE })
  async roundtableAsks(@Parent() commitment: Commitment, @Context() ctx: GraphQLContext): Promise<RoundtableAsk[]> {
    const ids = await this.loaders.askIdsByCommitmentId(ctx).load(commitment.id);
    return loaded(await this.loaders.askById(ctx).loadMany(ids));
  }
}
