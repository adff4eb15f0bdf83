import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../auth/user.entity';
import { FEW_PLANS_OR_REPORTS_COST } from '../../common/cost';
import { DateTimeScalar } from '../../common/scalars';
import { ActionPlan } from '../../plans/action-plan.entity';

@ObjectType({
  description: 'An account of an organisation, as its executives see it: never served to anyone else.',
})
export class OrganisationAccount {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'The email they sign in with.' })
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => [ActionPlan], {
    description: 'A liaison: the organisation’s plans they speak for. Empty for executives.',
  })
  @FEW_PLANS_OR_REPORTS_COST
  plans: ActionPlan[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When they last signed in; null if never.' })
  lastSignInAt: string | null;

  @Field({ description: 'False once disabled: they cannot sign in.' })
  enabled: boolean;
}
