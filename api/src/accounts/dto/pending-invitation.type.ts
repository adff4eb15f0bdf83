import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/user.entity';
import { DateTimeScalar } from '../../common/scalars';
import { ActionPlan } from '../../plans/action-plan.entity';

@ObjectType({ description: 'An invitation not yet accepted; its link is never shown again.' })
export class PendingInvitation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Who it was sent to.' })
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ActionPlan, { nullable: true, description: 'A liaison’s invitation: the plan they will speak for.' })
  plan: ActionPlan | null;

  @Field(() => DateTimeScalar, { description: 'When the link was made (or last re-sent).' })
  invitedAt: string;

  @Field(() => DateTimeScalar)
  expiresAt: string;

  @Field({ description: 'The link has expired: re-send it or revoke it.' })
  expired: boolean;
}
