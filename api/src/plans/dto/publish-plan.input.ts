import { InputType } from '@nestjs/graphql';
import { IdField, VersionField } from '../../common/input-fields';

/** Makes a draft plan public. */
@InputType()
export class PublishPlanInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;
}
