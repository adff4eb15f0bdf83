import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '../auth/user.entity';
import { UsersLoaders } from '../auth/users.loaders';
import { Connection } from '../common/pagination';
import { GraphQLContext } from '../graphql/graphql-context';
import { Revision } from './revision.entity';

export const RevisionConnection = Connection(Revision, 'Revision');

@Resolver(() => Revision)
export class RevisionsResolver {
  constructor(private readonly users: UsersLoaders) {}

  @ResolveField(() => User, { nullable: true, description: 'Who made the edit.' })
  actor(@Parent() revision: Revision, @Context() ctx: GraphQLContext): Promise<User | null> | null {
    return revision.actorId ? this.users.byId(ctx).load(revision.actorId) : null;
  }
}
