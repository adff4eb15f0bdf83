import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RegistrationStatus } from '../roundtable-registration.entity';

/**
 * The answer to registering, shown only to the person who just registered (a mutation's answer,
 * never cached): the private cancel token and, for an online roundtable, its joining link. An
 * address registered already gets neither: its link goes to the address itself, by email.
 */
@ObjectType({ description: 'Shown once, to the person who registered: keep the cancel link private.' })
export class RoundtableRegistrationResult {
  @Field(() => ID)
  roundtableId: string;

  @Field(() => RegistrationStatus, { description: 'CONFIRMED, or WAITING when the roundtable is full.' })
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, 1 first; null when confirmed.' })
  waitingPosition: number | null;

  @Field({
    description:
      'The address was registered already: its registration is unchanged, and no link is shown here (a new one is emailed to it when mail is set up).',
  })
  alreadyRegistered: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cancels the registration (cancelRegistration); only its hash is kept. Null when alreadyRegistered.',
  })
  cancelToken: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The private cancel link: PUBLIC_URL/<org>/<plan>/roundtables/<id>/cancel#<token>. Null when alreadyRegistered.',
  })
  cancelUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For an online roundtable with a confirmed place; null when alreadyRegistered.',
  })
  joiningLink: string | null;
}
