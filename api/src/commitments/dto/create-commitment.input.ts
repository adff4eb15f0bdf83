import { InputType } from '@nestjs/graphql';
import {
  DateField,
  IdField,
  IdListField,
  NullableTextField,
  ReferenceField,
  TextField,
} from '../../common/input-fields';

/** A commitment added at the end of a plan; owner, due date and success criteria make it verifiable. */
@InputType()
export class CreateCommitmentInput {
  @IdField('The plan the commitment belongs to.')
  planId: string;

  @ReferenceField({ description: 'Short reference such as C3, unique within the plan.' })
  reference: string;

  @TextField(300)
  title: string;

  @NullableTextField(20000)
  description?: string | null;

  @NullableTextField(200, 'The body or office responsible.')
  owner?: string | null;

  @NullableTextField(5000)
  successCriteria?: string | null;

  @DateField()
  dueDate?: string | null;

  @NullableTextField(100)
  theme?: string | null;

  @IdListField('Recommendations it answers; each must belong to a report the plan answers.')
  recommendationIds?: string[] | null;
}
