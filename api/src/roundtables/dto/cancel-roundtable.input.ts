import { InputType } from '@nestjs/graphql';
import { IdField, TextField, VersionField } from '../../common/input-fields';

/** Cancels a roundtable that has not been held, saying why; the reason is public. */
@InputType()
export class CancelRoundtableInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(500, { description: 'Why it is cancelled; shown on its public page.' })
  reason: string;
}
