import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, oneByKey } from '../common/batch';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

export const ORGANISATIONS_BY_ID = loaderKey<string, Organisation | null>('organisations.byId');

@Injectable()
export class OrganisationsLoaders {
  constructor(private readonly service: OrganisationsService) {}

  byId(ctx: LoaderContext): DataLoader<string, Organisation | null> {
    return ctx.loaders.get(ORGANISATIONS_BY_ID, async (ids) =>
      oneByKey(ids, await this.service.findByIds(ids), (o) => o.id),
    );
  }
}
