import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, manyByKey, oneByKey } from '../common/batch';
import { Finding } from './finding.entity';
import { Recommendation } from './recommendation.entity';
import { Report } from './report.entity';
import { ReportsService } from './reports.service';

export const REPORTS_BY_ID = loaderKey<string, Report | null>('reports.byId');
export const REPORTS_BY_ORGANISATION_ID = loaderKey<string, Report[]>('reports.byOrganisationId');
export const FINDINGS_BY_REPORT_ID = loaderKey<string, Finding[]>('reports.findingsByReportId');
export const RECOMMENDATIONS_BY_REPORT_ID = loaderKey<string, Recommendation[]>('reports.recommendationsByReportId');
export const RECOMMENDATIONS_BY_ID = loaderKey<string, Recommendation | null>('reports.recommendationById');

@Injectable()
export class ReportsLoaders {
  constructor(private readonly service: ReportsService) {}

  byId(ctx: LoaderContext): DataLoader<string, Report | null> {
    return ctx.loaders.get(REPORTS_BY_ID, async (ids) => oneByKey(ids, await this.service.findByIds(ids), (r) => r.id));
  }

  byOrganisationId(ctx: LoaderContext): DataLoader<string, Report[]> {
    return ctx.loaders.get(REPORTS_BY_ORGANISATION_ID, async (ids) =>
      manyByKey(ids, await this.service.findByOrganisationIds(ids), (r) => r.organisationId),
    );
  }

  findingsByReportId(ctx: LoaderContext): DataLoader<string, Finding[]> {
    return ctx.loaders.get(FINDINGS_BY_REPORT_ID, async (ids) =>
      manyByKey(ids, await this.service.findFindingsByReportIds(ids), (f) => f.reportId),
    );
  }

  recommendationsByReportId(ctx: LoaderContext): DataLoader<string, Recommendation[]> {
    return ctx.loaders.get(RECOMMENDATIONS_BY_REPORT_ID, async (ids) =>
      manyByKey(ids, await this.service.findRecommendationsByReportIds(ids), (r) => r.reportId),
    );
  }

  recommendationById(ctx: LoaderContext): DataLoader<string, Recommendation | null> {
    return ctx.loaders.get(RECOMMENDATIONS_BY_ID, async (ids) =>
      oneByKey(ids, await this.service.findRecommendationsByIds(ids), (r) => r.id),
    );
  }
}
