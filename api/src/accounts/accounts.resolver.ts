import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles, SignedIn } from '../auth/decorators';
import { Role, User } from '../auth/user.entity';
import { GraphQLContext } from '../graphql/graphql-context';
import { AccountsService } from './accounts.service';
import { PeopleService } from './people.service';
import { AcceptInviteInput } from './dto/accept-invite.input';
import { ChangePasswordInput } from './dto/change-password.input';
import { DisableUserInput, EnableUserInput } from './dto/disable-user.input';
import { InvitationIdInput } from './dto/invitation-id.input';
import { PendingInvitation } from './dto/pending-invitation.type';
import { Invitation } from './dto/invitation.type';
import { InviteUserInput } from './dto/invite-user.input';
import { LoginInput } from './dto/login.input';
import { OwnThrottle } from '../auth/write-limit.guard';

@Resolver(() => User)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly people: PeopleService,
  ) {}

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

  @Roles(Role.EXECUTIVE)
  @Mutation(() => User, { description: 'Enables a disabled account of your organisation or its plans again.' })
  enableUser(@Args('input') input: EnableUserInput, @CurrentActor() actor: SignedInActor): Promise<User> {
    return this.accounts.enable(input.id, actor);
  }

  @Roles(Role.EXECUTIVE)
  @Mutation(() => PendingInvitation, {
    description: 'Revokes a pending invitation of your organisation: its link stops working.',
  })
  revokeInvitation(
    @Args('input') input: InvitationIdInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<PendingInvitation> {
    return this.people.revoke(input.id, actor);
  }

  @Roles(Role.EXECUTIVE)
  @Mutation(() => Invitation, {
    description: 'A new single-use link for a pending invitation, shown once; the old link stops working.',
  })
  resendInvitation(@Args('input') input: InvitationIdInput, @CurrentActor() actor: SignedInActor): Promise<Invitation> {
    return this.people.resend(input.id, actor);
  }

  @SignedIn()
  @Mutation(() => User, {
    description:
      'Changes your password and ends your other sessions. A wrong current password counts as a failed sign-in.',
  })
  changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: SignedInActor,
    @Context() ctx: GraphQLContext,
  ): Promise<User> {
    return this.accounts.changePassword(input.currentPassword, input.newPassword, actor, ctx.sessionId!, ctx.reply);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends all your sessions, this one included; how many ended.' })
  signOutEverywhere(@CurrentActor() actor: SignedInActor, @Context() ctx: GraphQLContext): Promise<number> {
    return this.accounts.signOutEverywhere(actor, ctx.reply);
  }
}
