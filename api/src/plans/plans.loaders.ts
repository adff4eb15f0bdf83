import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../common/batch';
import { GraphQLContext } from '../graphql/graphql-context';
import { ActionPlan } from './action-plan.entity';
import { PlansService } from './plans.service';

@Injectable()
export class PlansLoaders {
  constructor(private readonly service: PlansService) {}

  byId(ctx: GraphQLContext): DataLoader<string, ActionPlan | null> {
    return ctx.loaders.get('plans.byId', async (ids: readonly string[]) =>
      oneByKey(ids, await this.service.findByIds(ids), (p) => p.id),
    );
  }

  byOrganisationId(ctx: GraphQLContext): DataLoader<string, ActionPlan[]> {
    return ctx.loaders.get('plans.byOrganisationId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findByOrganisationIds(ids), (p) => p.organisationId),
    );
  }

  reportIdsByPlanId(ctx: GraphQLContext): DataLoader<string, string[]> {
    return ctx.loaders.get('plans.reportIdsByPlanId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findReportLinksByPlanIds(ids), (link) => link.planId).map((links) =>
        links.map((link) => link.reportId),
      ),
    );
  }

  planIdsByReportId(ctx: GraphQLContext): DataLoader<string, string[]> {
    return ctx.loaders.get('plans.planIdsByReportId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findPlanLinksByReportIds(ids), (link) => link.reportId).map((links) =>
        links.map((link) => link.planId),
      ),
    );
  }
}
