import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { breakdownBy, planRollup, progressDates, progressOverTime } from '@tracker/rules';
import { Commitment } from '../commitments/commitment.entity';
import { Cost, PLAN_WIDE_COST } from '../common/cost';
import { badInput } from '../common/domain-error';
import { Connection, ConnectionShape, paginate } from '../common/pagination';
import { GraphQLContext } from '../graphql/graphql-context';
import { ActionPlan } from '../plans/action-plan.entity';
import { matchesFilter } from './commitment-filter';
import { PlanCommitmentsArgs } from './dto/commitments.args';
import { Breakdown, PlanSummary, ProgressPoint, ProgressSeries } from './dto/plan-summary.types';
import { LedgerLoaders, PlanState } from './ledger.loaders';
import { LedgerService } from './ledger.service';
import { StatusUpdate } from './status-update.entity';

export const CommitmentConnection = Connection(Commitment, 'Commitment');
const LATEST_MAX = 50;
/** A progress point per month end: priced at ten years of them. */
const PROGRESS_POINTS = 120;
/** Filtering runs over every commitment of the plan (whose state the request has loaded once). */
const FILTER_COST = 100;

/** Each plan-wide figure is worked out once per request and plan, however often a query asks for it. */
const figures = new WeakMap<PlanState, Map<string, unknown>>();
function once<T>(state: PlanState, figure: string, compute: () => T): T {
  const known = figures.get(state) ?? new Map<string, unknown>();
  figures.set(state, known);
  if (!known.has(figure)) known.set(figure, compute());
  return known.get(figure) as T;
}

/** The plan's numbers, each worked out from the ledger by the pure roll-up rules. */
@Resolver(() => ActionPlan)
export class PlanProgressResolver {
  constructor(
    private readonly loaders: LedgerLoaders,
    private readonly ledger: LedgerService,
  ) {}

  private state(plan: ActionPlan, ctx: GraphQLContext): Promise<PlanState> {
    return this.loaders.planState(ctx).load(plan.id);
  }

  private rollupItems(state: PlanState) {
    return state.commitments.map((c) => state.states.get(c.id)!.rollup);
  }

  @ResolveField(() => PlanSummary)
  @Cost({ perCall: PLAN_WIDE_COST })
  async summary(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<PlanSummary> {
    const state = await this.state(plan, ctx);
    return once(state, 'summary', () => ({ ...planRollup(this.rollupItems(state)), asOf: state.today }));
  }

  @ResolveField(() => [Breakdown], { description: 'The roll-up per theme.' })
  @Cost({ perCall: PLAN_WIDE_COST })
  async themes(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<Breakdown[]> {
    const state = await this.state(plan, ctx);
    return once(state, 'themes', () => breakdownBy(this.rollupItems(state), 'theme'));
  }

  @ResolveField(() => [Breakdown], { description: 'The roll-up per owner.' })
  @Cost({ perCall: PLAN_WIDE_COST })
  async owners(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<Breakdown[]> {
    const state = await this.state(plan, ctx);
    return once(state, 'owners', () => breakdownBy(this.rollupItems(state), 'owner'));
  }

  @ResolveField(() => [ProgressPoint], {
    description: 'The assessment of every commitment and the milestones complete at each month end and today.',
  })
  @Cost({ perCall: PLAN_WIDE_COST, listSize: PROGRESS_POINTS })
  async progress(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<ProgressPoint[]> {
    return this.progressPoints(plan, await this.state(plan, ctx));
  }

  @ResolveField(() => ProgressSeries, {
    description: 'The points of `progress` as one list per figure: the same numbers, compact for charts.',
  })
  @Cost({ perCall: PLAN_WIDE_COST })
  async progressSeries(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<ProgressSeries> {
    const points = this.progressPoints(plan, await this.state(plan, ctx));
    const series = (figure: (point: ProgressPoint) => number) => points.map(figure);
    return {
      dates: points.map((point) => point.date),
      byAssessment: (points[0]?.byAssessment ?? []).map(({ status }, i) => ({
        status,
        counts: series((point) => point.byAssessment[i].count),
      })),
      assessedTotal: series((point) => point.assessedTotal),
      unassessedCount: series((point) => point.unassessedCount),
      milestonesTotal: series((point) => point.milestonesTotal),
      milestonesComplete: series((point) => point.milestonesComplete),
    };
  }

  private progressPoints(plan: ActionPlan, state: PlanState): ProgressPoint[] {
    return once(state, 'progress', () => {
      const firstEntry = state.facts[0]?.createdAt.slice(0, 10);
      const start = [plan.agreedOn, firstEntry].filter((d): d is string => !!d).sort()[0] ?? state.today;
      return progressOverTime({
        commitmentIds: state.commitments.map((c) => c.id),
        milestoneIds: state.milestones.map((m) => m.id),
        entries: state.facts,
        dates: progressDates(start, state.today),
      });
    });
  }

  @ResolveField(() => [StatusUpdate], { description: 'The newest ledger entries of the plan, newest first.' })
  latestUpdates(
    @Parent() plan: ActionPlan,
    @Args('first', { type: () => Int, defaultValue: 10, description: `1 to ${LATEST_MAX}.` }) first: number,
  ): Promise<StatusUpdate[]> {
    if (first < 1 || first > LATEST_MAX) throw badInput(`first must be between 1 and ${LATEST_MAX}`, 'first');
    return this.ledger.findLatestByPlanId(plan.id, first);
  }

  @ResolveField(() => CommitmentConnection, { description: 'The plan’s commitments in plan order, filtered.' })
  @Cost({ perCall: FILTER_COST })
  async commitments(
    @Parent() plan: ActionPlan,
    @Args() args: PlanCommitmentsArgs,
    @Context() ctx: GraphQLContext,
  ): Promise<ConnectionShape<Commitment>> {
    const state = await this.state(plan, ctx);
    const matching = state.commitments.filter((c) => matchesFilter(c, state.states.get(c.id)!, args.filter));
    return paginate(matching, args, (c) => c.id);
  }
}
