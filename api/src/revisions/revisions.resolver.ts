import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { User } from '../auth/user.entity';
import { UsersLoaders } from '../auth/users.loaders';
import { Connection, ConnectionShape, paginate } from '../common/pagination';
import { GraphQLContext } from '../graphql/graphql-context';
import { RevisionsArgs } from './dto/revisions.args';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';

export const RevisionConnection = Connection(Revision, 'Revision');

@Resolver(() => Revision)
export class RevisionsResolver {
  constructor(
    private readonly users: UsersLoaders,
    private readonly service: RevisionsService,
  ) {}

  @Public()
  @Query(() => RevisionConnection, {
    description: 'Every edit of one item, field by field, oldest first; the original wording is never lost.',
  })
  async revisions(@Args() args: RevisionsArgs): Promise<ConnectionShape<Revision>> {
    return paginate(await this.service.findBySubject(args.subjectType, args.subjectId), args, (r) => r.id);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who made the edit.' })
  actor(@Parent() revision: Revision, @Context() ctx: GraphQLContext): Promise<User | null> | null {
    return revision.actorId ? this.users.byId(ctx).load(revision.actorId) : null;
  }
}
