import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { GraphQLContext } from '../graphql/graphql-context';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsLoaders } from '../organisations/organisations.loaders';
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
  report(@Args('slug') slug: string): Promise<Report> {
    return this.service.getBySlug(slug);
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

@Resolver(() => Organisation)
export class OrganisationReportsResolver {
  constructor(private readonly loaders: ReportsLoaders) {}

  @ResolveField(() => [Report], { description: 'Reports the organisation published, newest first.' })
  reports(@Parent() organisation: Organisation, @Context() ctx: GraphQLContext): Promise<Report[]> {
    return this.loaders.byOrganisationId(ctx).load(organisation.id);
  }
}
