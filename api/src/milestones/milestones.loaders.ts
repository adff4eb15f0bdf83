import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, manyByKey, oneByKey } from '../common/batch';
import { Milestone } from './milestone.entity';
import { MilestonesService } from './milestones.service';

export const MILESTONES_BY_ID = loaderKey<string, Milestone | null>('milestones.byId');
export const MILESTONES_BY_COMMITMENT_ID = loaderKey<string, Milestone[]>('milestones.byCommitmentId');

@Injectable()
export class MilestonesLoaders {
  constructor(private readonly service: MilestonesService) {}

  byId(ctx: LoaderContext): DataLoader<string, Milestone | null> {
    return ctx.loaders.get(MILESTONES_BY_ID, async (ids) =>
      oneByKey(ids, await this.service.findByIds(ids), (m) => m.id),
    );
  }

  byCommitmentId(ctx: LoaderContext): DataLoader<string, Milestone[]> {
    return ctx.loaders.get(MILESTONES_BY_COMMITMENT_ID, async (ids) =>
      manyByKey(ids, await this.service.findByCommitmentIds(ids), (m) => m.commitmentId),
    );
  }
}
