import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { SlugArgs } from '../common/lookup.args';
import { GraphQLContext } from '../graphql/graphql-context';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
import { CreateRecommendationInput } from './dto/create-recommendation.input';
import { CreateReportInput } from './dto/create-report.input';
import { UpdateRecommendationInput } from './dto/update-recommendation.input';
import { UpdateReportInput } from './dto/update-report.input';
import { FEW_PLANS_OR_REPORTS_COST } from '../common/cost';
import { Finding } from './finding.entity';
import { Recommendation } from './recommendation.entity';
import { Report } from './report.entity';
import { ReportsLoaders } from './reports.loaders';
import { ReportsService } from './reports.service';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly service: ReportsService,
    private readonly loaders: ReportsLoaders,
    private readonly organisations: OrganisationsLoaders,
  ) {}

  @Public()
  @Query(() => Report, { nullable: true, description: 'One report; NOT_FOUND when the slug is unknown.' })
  report(@Args() { slug }: SlugArgs): Promise<Report> {
    return this.service.getBySlug(slug);
  }

  @Mutation(() => Report, {
    description: 'Adds a report of your organisation; its slug must be new to the installation.',
  })
  @Roles(Role.EXECUTIVE)
  createReport(@Args('input') input: CreateReportInput, @CurrentActor() actor: SignedInActor): Promise<Report> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Report, { description: 'Edits a report; a stale version gets CONFLICT with the current one.' })
  @Roles(Role.EXECUTIVE)
  updateReport(@Args('input') input: UpdateReportInput, @CurrentActor() actor: SignedInActor): Promise<Report> {
    return this.service.update(input, actor);
  }

  @ResolveField(() => Organisation)
  organisation(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Organisation | null> {
    return this.organisations.byId(ctx).load(report.organisationId);
  }

  @ResolveField(() => [Finding], { description: 'Key findings, in the report’s order.' })
  findings(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Finding[]> {
    return this.loaders.findingsByReportId(ctx).load(report.id);
  }

  @ResolveField(() => [Recommendation], { description: 'Recommendations, in the report’s order.' })
  recommendations(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Recommendation[]> {
    return this.loaders.recommendationsByReportId(ctx).load(report.id);
  }
}

@Resolver(() => Recommendation)
export class RecommendationsResolver {
  constructor(private readonly service: ReportsService) {}

  @Mutation(() => Recommendation, { description: 'Adds a recommendation at the end of a report of your organisation.' })
  @Roles(Role.EXECUTIVE)
  createRecommendation(
    @Args('input') input: CreateRecommendationInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Recommendation> {
    return this.service.createRecommendation(input, actor);
  }

  @Mutation(() => Recommendation, {
    description: 'Edits a recommendation; a stale version gets CONFLICT with the current one.',
  })
  @Roles(Role.EXECUTIVE)
  updateRecommendation(
    @Args('input') input: UpdateRecommendationInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Recommendation> {
    return this.service.updateRecommendation(input, actor);
  }
}

@Resolver(() => Organisation)
export class OrganisationReportsResolver {
  constructor(private readonly loaders: ReportsLoaders) {}

  @ResolveField(() => [Report], { description: 'Reports the organisation published, newest first.' })
  @FEW_PLANS_OR_REPORTS_COST
  reports(@Parent() organisation: Organisation, @Context() ctx: GraphQLContext): Promise<Report[]> {
    return this.loaders.byOrganisationId(ctx).load(organisation.id);
  }
}
