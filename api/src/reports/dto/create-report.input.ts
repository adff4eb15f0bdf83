import { InputType } from '@nestjs/graphql';
import { DateField, HttpUrlField, NullableTextField, SlugField, TextField } from '../../common/input-fields';

/** A report of the signed-in executive's organisation. */
@InputType()
export class CreateReportInput {
  @SlugField()
  slug: string;

  @TextField(300)
  title: string;

  @DateField()
  publishedOn?: string | null;

  @NullableTextField(20000)
  summary?: string | null;

  @HttpUrlField({ optional: true, max: 500 })
  url?: string | null;
}
