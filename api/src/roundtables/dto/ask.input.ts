import { InputType } from '@nestjs/graphql';
import { IdField, NullableTextField, TextField, VersionField } from '../../common/input-fields';
import { CountField } from './fields';

@InputType()
export class CreateAskInput {
  @IdField('The roundtable where it was raised.')
  roundtableId: string;

  @TextField(1000, { description: 'What was raised, in a sentence or two.' })
  statement: string;

  @CountField(1, 'How many people raised it, if counted.')
  raisedBy?: number | null;

  @NullableTextField(100)
  theme?: string | null;
}

/** Fields left out stay as they are; null clears raisedBy and theme. */
@InputType()
export class UpdateAskInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(1000, { optional: true })
  statement?: string;

  @CountField(1)
  raisedBy?: number | null;

  @NullableTextField(100)
  theme?: string | null;
}

@InputType()
export class DeleteAskInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;
}
