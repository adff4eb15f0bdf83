import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IdField } from '../../common/input-fields';

const TargetField = (what: string): PropertyDecorator =>
  applyDecorators(
    Field(() => ID, { nullable: true, description: `A ${what} of the ask’s plan.` }),
    IsOptional(),
    IsUUID('4', { message: '$property must be an id this API gave out' }),
  );

/** What answers an ask: exactly one of a recommendation, a commitment or a milestone of its plan. */
@InputType()
export class AskLinkInput {
  @IdField()
  askId: string;

  @TargetField('recommendation of a report the plan answers')
  recommendationId?: string | null;

  @TargetField('commitment')
  commitmentId?: string | null;

  @TargetField('milestone')
  milestoneId?: string | null;
}
