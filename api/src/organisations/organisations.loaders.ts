import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { oneByKey } from '../common/batch';
import { GraphQLContext } from '../graphql/graphql-context';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Injectable()
export class OrganisationsLoaders {
  constructor(private readonly service: OrganisationsService) {}

  byId(ctx: GraphQLContext): DataLoader<string, Organisation | null> {
    return ctx.loaders.get('organisations.byId', async (ids: readonly string[]) =>
      oneByKey(ids, await this.service.findByIds(ids), (o) => o.id),
    );
  }
}
