import { InputType } from '@nestjs/graphql';
import { IdField } from '../../common/input-fields';

@InputType()
export class DisableUserInput {
  @IdField()
  id: string;
}

@InputType()
export class EnableUserInput extends DisableUserInput {}
