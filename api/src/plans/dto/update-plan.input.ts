import { InputType } from '@nestjs/graphql';
import { DateField, IdField, NullableTextField, TextField, VersionField } from '../../common/input-fields';

/** Fields left out stay as they are; `null` clears the date or the description. The slug never changes. */
@InputType()
export class UpdatePlanInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(300, { optional: true })
  title?: string;

  @TextField(200, { optional: true })
  counterpart?: string;

  @DateField()
  agreedOn?: string | null;

  @NullableTextField(20000)
  description?: string | null;
}
