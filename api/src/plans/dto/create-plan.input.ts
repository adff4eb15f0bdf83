import { InputType } from '@nestjs/graphql';
import { DateField, IdListField, NullableTextField, SlugField, TextField } from '../../common/input-fields';

/** A plan of the signed-in executive's organisation. */
@InputType()
export class CreatePlanInput {
  @SlugField()
  slug: string;

  @TextField(300)
  title: string;

  @TextField(200, { description: 'Who made the commitments, e.g. "Labour Party".' })
  counterpart: string;

  @DateField()
  agreedOn?: string | null;

  @NullableTextField(20000)
  description?: string | null;

  @IdListField('The reports the plan answers; each must be a report of your organisation.')
  reportIds?: string[] | null;
}
