import { InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { Field } from '@nestjs/graphql';
import {
  EnumField,
  HttpUrlField,
  IdField,
  NullableTextField,
  TextField,
  VersionField,
} from '../../common/input-fields';
import { RoundtableAudience, RoundtableStatus } from '../roundtable.entity';
import { CountField, InstantField } from './fields';

/**
 * Fields left out stay as they are; null clears location, joiningLink, capacity and attendance.
 * Marking it held is `status: HELD` with the attendance; cancelling is `cancelRoundtable`.
 */
@InputType()
export class UpdateRoundtableInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(300, { optional: true })
  title?: string;

  @NullableTextField(10000, 'Markdown.')
  description?: string | null;

  @EnumField(RoundtableAudience, { optional: true })
  audience?: RoundtableAudience;

  @InstantField({ optional: true })
  startsAt?: string;

  @InstantField({ optional: true })
  endsAt?: string;

  @NullableTextField(300)
  location?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  online?: boolean | null;

  @HttpUrlField({ optional: true })
  joiningLink?: string | null;

  @CountField(1, 'Places; null is unlimited.')
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  registrationOpen?: boolean | null;

  @EnumField(RoundtableStatus, {
    optional: true,
    description: 'UPCOMING or HELD (held needs attendance); use cancelRoundtable to cancel.',
  })
  status?: RoundtableStatus;

  @CountField(0, 'How many people took part; only for a held roundtable.')
  attendance?: number | null;
}
