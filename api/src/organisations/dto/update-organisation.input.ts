import { InputType } from '@nestjs/graphql';
import { HttpUrlField, IdField, NullableTextField, TextField, VersionField } from '../../common/input-fields';

/** The organisation's profile. Fields left out stay as they are; `null` clears the description or the website. The slug never changes. */
@InputType()
export class UpdateOrganisationInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(200, { optional: true })
  name?: string;

  @NullableTextField(20000)
  description?: string | null;

  @HttpUrlField({ optional: true, max: 500 })
  website?: string | null;
}
