import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../common/batch';
import { GraphQLContext } from '../graphql/graphql-context';
import { Finding } from './finding.entity';
import { Recommendation } from './recommendation.entity';
import { Report } from './report.entity';
import { ReportsService } from './reports.service';

@Injectable()
export class ReportsLoaders {
  constructor(private readonly service: ReportsService) {}

  byId(ctx: GraphQLContext): DataLoader<string, Report | null> {
    return ctx.loaders.get('reports.byId', async (ids: readonly string[]) =>
      oneByKey(ids, await this.service.findByIds(ids), (r) => r.id),
    );
  }

  byOrganisationId(ctx: GraphQLContext): DataLoader<string, Report[]> {
    return ctx.loaders.get('reports.byOrganisationId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findByOrganisationIds(ids), (r) => r.organisationId),
    );
  }

  findingsByReportId(ctx: GraphQLContext): DataLoader<string, Finding[]> {
    return ctx.loaders.get('reports.findingsByReportId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findFindingsByReportIds(ids), (f) => f.reportId),
    );
  }

  recommendationsByReportId(ctx: GraphQLContext): DataLoader<string, Recommendation[]> {
    return ctx.loaders.get('reports.recommendationsByReportId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findRecommendationsByReportIds(ids), (r) => r.reportId),
    );
  }

  recommendationById(ctx: GraphQLContext): DataLoader<string, Recommendation | null> {
    return ctx.loaders.get('reports.recommendationById', async (ids: readonly string[]) =>
      oneByKey(ids, await this.service.findRecommendationsByIds(ids), (r) => r.id),
    );
  }
}
