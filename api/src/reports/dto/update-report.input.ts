import { InputType } from '@nestjs/graphql';
import {
  DateField,
  HttpUrlField,
  IdField,
  NullableTextField,
  TextField,
  VersionField,
} from '../../common/input-fields';

/** Fields left out stay as they are; `null` clears the date, the summary or the link. The slug never changes. */
@InputType()
export class UpdateReportInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(300, { optional: true })
  title?: string;

  @DateField()
  publishedOn?: string | null;

  @NullableTextField(20000)
  summary?: string | null;

  @HttpUrlField({ optional: true, max: 500 })
  url?: string | null;
}
