import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Roles, SignedIn } from '../auth/decorators';
import { Role, User } from '../auth/user.entity';
import { UsersLoaders } from '../auth/users.loaders';
import { Commitment } from '../commitments/commitment.entity';
import { Connection, ConnectionArgs, ConnectionShape, paginate } from '../common/pagination';
import { GraphQLContext } from '../graphql/graphql-context';
import { Comment } from './comment.entity';
import { CommentsService } from './comments.service';
import { AddCommentInput } from './dto/add-comment.input';
import { HideCommentInput } from './dto/hide-comment.input';

export const CommentConnection = Connection(Comment, 'Comment');

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly users: UsersLoaders,
  ) {}

  @Mutation(() => Comment)
  @SignedIn()
  addComment(@Args('input') input: AddCommentInput, @CurrentActor() actor: SignedInActor): Promise<Comment> {
    return this.service.add(input, actor);
  }

  @Mutation(() => Comment, { description: 'Hides a comment from the public, with a reason kept for the record.' })
  @Roles(Role.EXECUTIVE)
  hideComment(@Args('input') input: HideCommentInput, @CurrentActor() actor: SignedInActor): Promise<Comment> {
    return this.service.hide(input, actor);
  }

  @ResolveField(() => String, { nullable: true, description: 'Markdown; null when hidden by moderators.' })
  body(@Parent() comment: Comment): string | null {
    return comment.hiddenAt ? null : comment.body;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by moderators: the text is kept for the record but not served.' })
  hidden(@Parent() comment: Comment): boolean {
    return comment.hiddenAt !== null;
  }

  @ResolveField(() => User)
  author(@Parent() comment: Comment, @Context() ctx: GraphQLContext): Promise<User | null> {
    return this.users.byId(ctx).load(comment.authorId);
  }
}

@Resolver(() => Commitment)
export class CommitmentCommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @ResolveField(() => CommentConnection, { description: 'Comments and liaison responses, oldest first.' })
  async comments(@Parent() commitment: Commitment, @Args() args: ConnectionArgs): Promise<ConnectionShape<Comment>> {
    return paginate(await this.service.findByCommitmentId(commitment.id), args, (c) => c.id);
  }
}
