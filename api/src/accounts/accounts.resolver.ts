import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/decorators';
import { Role, User } from '../auth/user.entity';
import { GraphQLContext } from '../graphql/graphql-context';
import { AccountsService } from './accounts.service';
import { AcceptInviteInput } from './dto/accept-invite.input';
import { DisableUserInput } from './dto/disable-user.input';
import { Invitation } from './dto/invitation.type';
import { InviteUserInput } from './dto/invite-user.input';
import { LoginInput } from './dto/login.input';
import { OwnThrottle } from '../auth/write-limit.guard';

@Resolver(() => User)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when signed out.' })
  me(@CurrentActor() actor: Actor): User | null {
    return actor.user;
  }

  @Public()
  @OwnThrottle()
  @Mutation(() => User, { description: 'Signs in and sets the session cookie. Throttled per address and per account.' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GraphQLContext): Promise<User> {
    const user = await this.accounts.login(input.email, input.password, ctx.actor, ctx.reply, ctx.sessionId);
    ctx.actor = { ...ctx.actor, user };
    return user;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session; false when there was none.' })
  logout(@Context() ctx: GraphQLContext): Promise<boolean> {
    return this.accounts.logout(ctx.sessionId, ctx.actor, ctx.reply);
  }

  @Roles(Role.EXECUTIVE)
  @Mutation(() => Invitation, { description: 'A single-use link that expires; shown once.' })
  inviteUser(@Args('input') input: InviteUserInput, @CurrentActor() actor: SignedInActor): Promise<Invitation> {
    return this.accounts.invite(input.email, input.role, input.planId ?? null, actor);
  }

  @Public()
  @Mutation(() => User, { description: 'Sets the password of an invited person and signs them in.' })
  acceptInvite(@Args('input') input: AcceptInviteInput, @Context() ctx: GraphQLContext): Promise<User> {
    return this.accounts.acceptInvite(input.token, input.displayName, input.password, ctx.actor, ctx.reply);
  }

  @Roles(Role.EXECUTIVE)
  @Mutation(() => User, { description: 'Disables an account of your organisation or its plans and ends its sessions.' })
  disableUser(@Args('input') input: DisableUserInput, @CurrentActor() actor: SignedInActor): Promise<User> {
    return this.accounts.disable(input.id, actor);
  }
}
