import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/user.entity';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType({ description: 'A single-use invitation; the link is shown once and only its hash is kept.' })
export class Invitation {
  @Field(() => ID, { description: 'The id under which it is listed among the pending invitations.' })
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'Send this link to the person; it works once.' })
  url: string;

  @Field(() => DateTimeScalar)
  expiresAt: string;
}
