import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { CommitmentsLoaders } from '../commitments/commitments.loaders';
import { ConnectionShape, paginate } from '../common/pagination';
import { GraphQLContext } from '../graphql/graphql-context';
import { MilestonesLoaders } from '../milestones/milestones.loaders';
import { PlanVisibility } from '../plans/plan-visibility';
import { RevisionsArgs } from '../revisions/dto/revisions.args';
import { Revision, RevisionSubject } from '../revisions/revision.entity';
import { RevisionConnection } from '../revisions/revisions.resolver';
import { RevisionsService } from '../revisions/revisions.service';
import { RoundtablesLoaders } from '../roundtables/roundtables.loaders';

/**
 * The public history of one item. It lives here, beside the commitment's history, because the
 * revisions of a plan, commitment or milestone are shown only to those who may see the plan: a
 * draft's are answered like an unknown item's, with an empty list.
 */
@Resolver(() => Revision)
export class SubjectRevisionsResolver {
  constructor(
    private readonly service: RevisionsService,
    private readonly visibility: PlanVisibility,
    private readonly commitments: CommitmentsLoaders,
    private readonly milestones: MilestonesLoaders,
    private readonly roundtables: RoundtablesLoaders,
  ) {}

  @Public()
  @Query(() => RevisionConnection, {
    description: 'Every edit of one item, field by field, oldest first; the original wording is never lost.',
  })
  async revisions(@Args() args: RevisionsArgs, @Context() ctx: GraphQLContext): Promise<ConnectionShape<Revision>> {
    const planId = await this.planIdOf(args.subjectType, args.subjectId, ctx);
    const visible = planId === null || (await this.visibility.canSeePlanId(ctx, planId));
    const found = visible ? await this.service.findBySubject(args.subjectType, args.subjectId) : [];
    return paginate(found, args, (r) => r.id);
  }

  /** The plan an item belongs to; null for the kinds of item that have no drafts (reports, recommendations, …). */
  private async planIdOf(type: RevisionSubject, id: string, ctx: GraphQLContext): Promise<string | null> {
    // An unknown commitment or milestone keeps its own id: no plan has it, so it is seen by no one, like a draft's.
    if (type === RevisionSubject.PLAN) return id;
    if (type === RevisionSubject.COMMITMENT) return (await this.commitments.byId(ctx).load(id))?.planId ?? id;
    if (type === RevisionSubject.MILESTONE) return (await this.milestones.byId(ctx).load(id))?.planId ?? id;
    if (type === RevisionSubject.ROUNDTABLE) return (await this.roundtables.byId(ctx).load(id))?.planId ?? id;
    if (type === RevisionSubject.ASK) return (await this.roundtables.askById(ctx).load(id))?.planId ?? id;
    return null;
  }
}
