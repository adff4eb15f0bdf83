import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderContext, loaderKey, oneByKey } from '../common/batch';
import { User } from './user.entity';
import { UsersService } from './users.service';

export const USERS_BY_ID = loaderKey<string, User | null>('users.byId');

@Injectable()
export class UsersLoaders {
  constructor(private readonly service: UsersService) {}

  byId(ctx: LoaderContext): DataLoader<string, User | null> {
    return ctx.loaders.get(USERS_BY_ID, async (ids) => oneByKey(ids, await this.service.findByIds(ids), (u) => u.id));
  }
}
