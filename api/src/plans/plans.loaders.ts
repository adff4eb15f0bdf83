import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, manyByKey, oneByKey } from '../common/batch';
import { ActionPlan } from './action-plan.entity';
import { PlansService } from './plans.service';

export const PLANS_BY_ID = loaderKey<string, ActionPlan | null>('plans.byId');
export const PLANS_BY_ORGANISATION_ID = loaderKey<string, ActionPlan[]>('plans.byOrganisationId');
export const REPORT_IDS_BY_PLAN_ID = loaderKey<string, string[]>('plans.reportIdsByPlanId');
export const PLAN_IDS_BY_REPORT_ID = loaderKey<string, string[]>('plans.planIdsByReportId');

@Injectable()
export class PlansLoaders {
  constructor(private readonly service: PlansService) {}

  byId(ctx: LoaderContext): DataLoader<string, ActionPlan | null> {
    return ctx.loaders.get(PLANS_BY_ID, async (ids) => oneByKey(ids, await this.service.findByIds(ids), (p) => p.id));
  }

  byOrganisationId(ctx: LoaderContext): DataLoader<string, ActionPlan[]> {
    return ctx.loaders.get(PLANS_BY_ORGANISATION_ID, async (ids) =>
      manyByKey(ids, await this.service.findByOrganisationIds(ids), (p) => p.organisationId),
    );
  }

  reportIdsByPlanId(ctx: LoaderContext): DataLoader<string, string[]> {
    return ctx.loaders.get(REPORT_IDS_BY_PLAN_ID, async (ids) =>
      manyByKey(ids, await this.service.findReportLinksByPlanIds(ids), (link) => link.planId).map((links) =>
        links.map((link) => link.reportId),
      ),
    );
  }

  planIdsByReportId(ctx: LoaderContext): DataLoader<string, string[]> {
    return ctx.loaders.get(PLAN_IDS_BY_REPORT_ID, async (ids) =>
      manyByKey(ids, await this.service.findPlanLinksByReportIds(ids), (link) => link.reportId).map((links) =>
        links.map((link) => link.planId),
      ),
    );
  }
}
