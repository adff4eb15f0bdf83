import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../common/batch';
import { GraphQLContext } from '../graphql/graphql-context';
import { Milestone } from './milestone.entity';
import { MilestonesService } from './milestones.service';

@Injectable()
export class MilestonesLoaders {
  constructor(private readonly service: MilestonesService) {}

  byId(ctx: GraphQLContext): DataLoader<string, Milestone | null> {
    return ctx.loaders.get('milestones.byId', async (ids: readonly string[]) =>
      oneByKey(ids, await this.service.findByIds(ids), (m) => m.id),
    );
  }

  byCommitmentId(ctx: GraphQLContext): DataLoader<string, Milestone[]> {
    return ctx.loaders.get('milestones.byCommitmentId', async (ids: readonly string[]) =>
      manyByKey(ids, await this.service.findByCommitmentIds(ids), (m) => m.commitmentId),
    );
  }
}
