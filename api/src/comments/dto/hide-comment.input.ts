import { InputType } from '@nestjs/graphql';
import { IdField, TextField } from '../../common/input-fields';

@InputType()
export class HideCommentInput {
  @IdField()
  id: string;

  @TextField(500, { description: 'Why it is hidden; kept with the record, never public.' })
  reason: string;
}
