import { InputType } from '@nestjs/graphql';
import { IdField, TextField, VersionField } from '../../common/input-fields';

/** Takes a published plan back to draft, saying why. */
@InputType()
export class UnpublishPlanInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(500, {
    description:
      'Why the plan is taken back to draft; kept in its history, which is public again once it is republished.',
  })
  reason: string;
}
