import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The plan’s roundtables in four numbers (“you said, we did”).' })
export class RoundtableSummary {
  @Field(() => Int, { description: 'Roundtables held.' })
  held: number;

  @Field(() => Int, { description: 'People who took part: the attendance of the roundtables held.' })
  participants: number;

  @Field(() => Int, { description: 'Asks recorded.' })
  asksRaised: number;

  @Field(() => Int, { description: 'Asks answered by a commitment (linked to one or to one of its milestones).' })
  asksAnswered: number;
}
