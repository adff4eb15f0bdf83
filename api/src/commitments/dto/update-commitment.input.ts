import { InputType } from '@nestjs/graphql';
import {
  DateField,
  IdField,
  NullableTextField,
  ReferenceField,
  TextField,
  VersionField,
} from '../../common/input-fields';

/** Fields left out stay as they are; `null` clears the description, owner, criteria, date or theme. */
@InputType()
export class UpdateCommitmentInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @ReferenceField({ optional: true })
  reference?: string;

  @TextField(300, { optional: true })
  title?: string;

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
}
