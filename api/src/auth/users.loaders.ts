import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { oneByKey } from '../common/batch';
import { GraphQLContext } from '../graphql/graphql-context';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Injectable()
export class UsersLoaders {
  constructor(private readonly service: UsersService) {}

  byId(ctx: GraphQLContext): DataLoader<string, User | null> {
    return ctx.loaders.get('users.byId', async (ids: readonly string[]) =>
      oneByKey(ids, await this.service.findByIds(ids), (u) => u.id),
    );
  }
}
