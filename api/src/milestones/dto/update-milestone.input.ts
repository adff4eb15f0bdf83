import { InputType } from '@nestjs/graphql';
import { DateField, IdField, NullableTextField, TextField, VersionField } from '../../common/input-fields';

/** Fields left out stay as they are; `dueDate: null` clears the date. */
@InputType()
export class UpdateMilestoneInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(300, { optional: true })
  title?: string;

  @NullableTextField(5000)
  description?: string | null;

  @DateField()
  dueDate?: string | null;
}
