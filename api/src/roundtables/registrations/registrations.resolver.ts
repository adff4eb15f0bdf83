import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../../auth/actor';
import { CurrentActor, Public, Roles } from '../../auth/decorators';
import { Role } from '../../auth/user.entity';
import { Connection, ConnectionShape, paginate } from '../../common/pagination';
import { DateTimeScalar } from '../../common/scalars';
import { AppConfig } from '../../config/app-config';
import { GraphQLContext } from '../../graphql/graphql-context';
import { CancelRegistrationInput } from '../dto/cancel-registration.input';
import { RegisterForRoundtableInput } from '../dto/register-for-roundtable.input';
import { RoundtableRegistrationResult } from '../dto/registration-result.type';
import { RegistrationsArgs } from '../dto/registrations.args';
import { RoundtableRegistration } from '../roundtable-registration.entity';
import { Roundtable } from '../roundtable.entity';
import { RegistrationByToken } from './registration-by-token.type';
import { RegistrationsService } from './registrations.service';
import { erasedAt } from './registrations-purge';

export const RoundtableRegistrationConnection = Connection(RoundtableRegistration, 'RoundtableRegistration');

/**
 * Registering without an account and cancelling with the private link (public mutations: never
 * kept by the public cache, which keeps queries only), and the registrant list, for the
 * organisation's executives alone.
 */
@Resolver(() => Roundtable)
export class RegistrationsResolver {
  constructor(
    private readonly service: RegistrationsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => RoundtableRegistrationResult, {
    description:
      'Registers for a roundtable, no account needed; the same email registers once. Full: on the waiting list. The answer carries the private cancel link, shown once.',
  })
  registerForRoundtable(
    @Args('input') input: RegisterForRoundtableInput,
    @Context() ctx: GraphQLContext,
  ): Promise<RoundtableRegistrationResult> {
    return this.service.register(input, ctx);
  }

  @Public()
  @Mutation(() => RegistrationByToken, {
    description:
      'What a private cancel link would cancel, without cancelling it (a mutation, so that no cache keeps it).',
  })
  registrationByToken(@Args('input') input: CancelRegistrationInput): Promise<RegistrationByToken> {
    return this.service.byToken(input.token);
  }

  @Public()
  @Mutation(() => Roundtable, {
    description: 'Cancels a registration with its private token; a place it held goes to the first person waiting.',
  })
  cancelRegistration(@Args('input') input: CancelRegistrationInput): Promise<Roundtable> {
    return this.service.cancel(input.token);
  }

  @Roles(Role.EXECUTIVE)
  @Query(() => RoundtableRegistrationConnection, {
    description:
      'The people registered for a roundtable of your organisation: places, then the waiting list, then cancelled.',
  })
  async registrations(
    @Args() args: RegistrationsArgs,
    @CurrentActor() actor: SignedInActor,
  ): Promise<ConnectionShape<RoundtableRegistration>> {
    const rows = await this.service.listFor(actor, args.roundtableId);
    return paginate(rows, args, (row) => row.id);
  }

  @ResolveField(() => Int, {
    description:
      'Days after the roundtable ends when its registrants’ personal data is erased (ROUNDTABLE_RETENTION_DAYS).',
  })
  retentionDays(): number {
    return this.config.ROUNDTABLE_RETENTION_DAYS;
  }

  @ResolveField(() => DateTimeScalar, {
    description: 'When its registrants’ names, emails, roles and access needs are erased.',
  })
  personalDataErasedAt(@Parent() roundtable: Roundtable): string {
    return erasedAt(roundtable.endsAt, this.config.ROUNDTABLE_RETENTION_DAYS);
  }
}
