import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, manyByKey, oneByKey } from '../common/batch';
import { Commitment } from './commitment.entity';
import { CommitmentsService } from './commitments.service';

export const COMMITMENTS_BY_ID = loaderKey<string, Commitment | null>('commitments.byId');
export const COMMITMENTS_BY_PLAN_ID = loaderKey<string, Commitment[]>('commitments.byPlanId');
export const RECOMMENDATION_IDS_BY_COMMITMENT_ID = loaderKey<string, string[]>(
  'commitments.recommendationIdsByCommitmentId',
);
export const COMMITMENT_IDS_BY_RECOMMENDATION_ID = loaderKey<string, string[]>(
  'commitments.commitmentIdsByRecommendationId',
);

@Injectable()
export class CommitmentsLoaders {
  constructor(private readonly service: CommitmentsService) {}

  byId(ctx: LoaderContext): DataLoader<string, Commitment | null> {
    return ctx.loaders.get(COMMITMENTS_BY_ID, async (ids) =>
      oneByKey(ids, await this.service.findByIds(ids), (c) => c.id),
    );
  }

  byPlanId(ctx: LoaderContext): DataLoader<string, Commitment[]> {
    return ctx.loaders.get(COMMITMENTS_BY_PLAN_ID, async (ids) =>
      manyByKey(ids, await this.service.findByPlanIds(ids), (c) => c.planId),
    );
  }

  recommendationIdsByCommitmentId(ctx: LoaderContext): DataLoader<string, string[]> {
    return ctx.loaders.get(RECOMMENDATION_IDS_BY_COMMITMENT_ID, async (ids) =>
      manyByKey(ids, await this.service.findLinksByCommitmentIds(ids), (l) => l.commitmentId).map((links) =>
        links.map((l) => l.recommendationId),
      ),
    );
  }

  commitmentIdsByRecommendationId(ctx: LoaderContext): DataLoader<string, string[]> {
    return ctx.loaders.get(COMMITMENT_IDS_BY_RECOMMENDATION_ID, async (ids) =>
      manyByKey(ids, await this.service.findLinksByRecommendationIds(ids), (l) => l.recommendationId).map((links) =>
        links.map((l) => l.commitmentId),
      ),
    );
  }
}
