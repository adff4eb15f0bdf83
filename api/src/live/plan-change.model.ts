import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ChangeKind } from '../common/changes';

registerEnumType(ChangeKind, {
  name: 'PlanChangeKind',
  description: 'What changed; CATCH_UP: changes may have been missed, read the page again.',
});

/** A change a live page hears about: what kind and where, never the content (the page reads that itself). */
@ObjectType({ description: 'A committed change to a plan: read the page again to see it.' })
export class PlanChange {
  @Field(() => Int, {
    description: 'The installation’s change count after it; compare with ActionPlan.changeSequence to catch up.',
  })
  sequence: number;

  @Field(() => ChangeKind)
  kind: ChangeKind;

  @Field(() => ID, { nullable: true, description: 'The commitment it is about; null for the plan itself.' })
  commitmentId: string | null;
}
