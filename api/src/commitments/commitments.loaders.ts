import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../common/batch';
import { GraphQLContext } from '../graphql/graphql-context';
import { Commitment } from './commitment.entity';
import { CommitmentsService } from './commitments.service';

@Injectable()
export class CommitmentsLoaders {
  constructor(private readonly service: CommitmentsService) {}

  byId(ctx: GraphQLContext): DataLoader<string, Commitment | null> {
    return ctx.loaders.get('commitments.byId', async (ids: readonly string[]) =>
      oneByKey(ids, await this.service.findByIds(ids), (c) => c.id),
    );
  }

  byPlanId(ctx: GraphQLContext): DataLoader<string, Commitment[]> {
    return ctx.loaders.get('commitments.byPlanId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findByPlanIds(ids), (c) => c.planId),
    );
  }

  recommendationIdsByCommitmentId(ctx: GraphQLContext): DataLoader<string, string[]> {
    return ctx.loaders.get('commitments.recommendationIdsByCommitmentId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findLinksByCommitmentIds(ids), (l) => l.commitmentId).map((links) =>
        links.map((l) => l.recommendationId),
      ),
    );
  }

  commitmentIdsByRecommendationId(ctx: GraphQLContext): DataLoader<string, string[]> {
    return ctx.loaders.get('commitments.commitmentIdsByRecommendationId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findLinksByRecommendationIds(ids), (l) => l.recommendationId).map((links) =>
        links.map((l) => l.commitmentId),
      ),
    );
  }
}
