import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { loaded } from '../common/batch';
import { SlugArgs } from '../common/lookup.args';
import { GraphQLContext } from '../graphql/graphql-context';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { Report } from '../reports/report.entity';
import { ReportsLoaders } from '../reports/reports.loaders';
import { FEW_PLANS_OR_REPORTS_COST } from '../common/cost';
import { ActionPlan } from './action-plan.entity';
import { CreatePlanInput } from './dto/create-plan.input';
import { UpdatePlanInput } from './dto/update-plan.input';
import { PublishPlanInput } from './dto/publish-plan.input';
import { UnpublishPlanInput } from './dto/unpublish-plan.input';
import { PlanVisibility } from './plan-visibility';
import { PlansLoaders } from './plans.loaders';
import { PlansService } from './plans.service';

@Resolver(() => ActionPlan)
export class PlansResolver {
  constructor(
    private readonly service: PlansService,
    private readonly visibility: PlanVisibility,
    private readonly loaders: PlansLoaders,
    private readonly organisations: OrganisationsLoaders,
    private readonly reportsLoaders: ReportsLoaders,
  ) {}

  @Public()
  @Query(() => ActionPlan, {
    nullable: true,
    description: 'One plan; NOT_FOUND when the slug is unknown or names a draft you may not see.',
  })
  plan(@Args() { slug }: SlugArgs, @Context() ctx: GraphQLContext): Promise<ActionPlan> {
    return this.visibility.getBySlug(ctx, slug);
  }

  @Mutation(() => ActionPlan, {
    description: 'Adds a plan of your organisation; its slug must be new to the installation.',
  })
  @Roles(Role.EXECUTIVE)
  createPlan(@Args('input') input: CreatePlanInput, @CurrentActor() actor: SignedInActor): Promise<ActionPlan> {
    return this.service.create(input, actor);
  }

  @Mutation(() => ActionPlan, { description: 'Edits a plan; a stale version gets CONFLICT with the current one.' })
  @Roles(Role.EXECUTIVE)
  updatePlan(@Args('input') input: UpdatePlanInput, @CurrentActor() actor: SignedInActor): Promise<ActionPlan> {
    return this.service.update(input, actor);
  }

  @Mutation(() => ActionPlan, {
    description: 'Makes a draft plan public; a stale version gets CONFLICT, a published plan BAD_USER_INPUT.',
  })
  @Roles(Role.EXECUTIVE)
  publishPlan(@Args('input') input: PublishPlanInput, @CurrentActor() actor: SignedInActor): Promise<ActionPlan> {
    return this.service.publish(input, actor);
  }

  @Mutation(() => ActionPlan, {
    description: 'Takes a published plan back to draft, with a reason kept in its history.',
  })
  @Roles(Role.EXECUTIVE)
  unpublishPlan(@Args('input') input: UnpublishPlanInput, @CurrentActor() actor: SignedInActor): Promise<ActionPlan> {
    return this.service.unpublish(input, actor);
  }

  @ResolveField(() => Organisation)
  organisation(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<Organisation | null> {
    return this.organisations.byId(ctx).load(plan.organisationId);
  }

  @ResolveField(() => [Report], { description: 'The reports this plan answers.' })
  @FEW_PLANS_OR_REPORTS_COST
  async reports(@Parent() plan: ActionPlan, @Context() ctx: GraphQLContext): Promise<Report[]> {
    const ids = await this.loaders.reportIdsByPlanId(ctx).load(plan.id);
    return loaded(await this.reportsLoaders.byId(ctx).loadMany(ids));
  }
}

@Resolver(() => Organisation)
export class OrganisationPlansResolver {
  constructor(
    private readonly loaders: PlansLoaders,
    private readonly visibility: PlanVisibility,
  ) {}

  @ResolveField(() => [ActionPlan], {
    description: 'The organisation’s plans, most recently agreed first; drafts only for those who may see them.',
  })
  @FEW_PLANS_OR_REPORTS_COST
  async plans(@Parent() organisation: Organisation, @Context() ctx: GraphQLContext): Promise<ActionPlan[]> {
    return this.visibility.visible(ctx, await this.loaders.byOrganisationId(ctx).load(organisation.id));
  }
}

@Resolver(() => Report)
export class ReportPlansResolver {
  constructor(
    private readonly loaders: PlansLoaders,
    private readonly visibility: PlanVisibility,
  ) {}

  @ResolveField(() => [ActionPlan], {
    description: 'The plans that answer this report; drafts only for those who may see them.',
  })
  @FEW_PLANS_OR_REPORTS_COST
  async plans(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<ActionPlan[]> {
    const ids = await this.loaders.planIdsByReportId(ctx).load(report.id);
    return this.visibility.visible(ctx, loaded(await this.loaders.byId(ctx).loadMany(ids)));
  }
}
