import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RegistrationStatus } from '../roundtable-registration.entity';
import { Roundtable } from '../roundtable.entity';

/** What a private cancel link would cancel: shown on the cancel page before the person confirms. */
@ObjectType({ description: 'The registration a private cancel link names; no personal data.' })
export class RegistrationByToken {
  @Field(() => Roundtable)
  roundtable: Roundtable;

  @Field(() => RegistrationStatus, { description: 'CONFIRMED or WAITING.' })
  status: RegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, 1 first; null when confirmed.' })
  waitingPosition: number | null;
}
