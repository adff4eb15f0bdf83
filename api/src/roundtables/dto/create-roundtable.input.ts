import { InputType } from '@nestjs/graphql';
import { EnumField, FlagField, HttpUrlField, IdField, NullableTextField, TextField } from '../../common/input-fields';
import { RoundtableAudience } from '../roundtable.entity';
import { CountField, InstantField } from './fields';

@InputType()
export class CreateRoundtableInput {
  @IdField('A plan of your organisation.')
  planId: string;

  @TextField(300)
  title: string;

  @NullableTextField(10000, 'Markdown.')
  description?: string | null;

  @EnumField(RoundtableAudience)
  audience: RoundtableAudience;

  @InstantField()
  startsAt: string;

  @InstantField({ description: 'After startsAt.' })
  endsAt: string;

  @NullableTextField(300, 'Where it is held; an in-person roundtable needs one.')
  location?: string | null;

  @FlagField(false, 'Held online: then joiningLink is needed.')
  online: boolean;

  @HttpUrlField({ optional: true })
  joiningLink?: string | null;

  @CountField(1, 'Places; null or left out is unlimited.')
  capacity?: number | null;

  @FlagField(false)
  registrationOpen: boolean;
}
