import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { LICENCE_IDS } from '../licences';
import { HttpUrlField, IdField, NullableTextField, TextField, VersionField } from '../../common/input-fields';

/** The organisation's profile. Fields left out stay as they are; `null` clears the description or the website. The slug never changes. */
@InputType()
export class UpdateOrganisationInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(200, { optional: true })
  name?: string;

  @NullableTextField(20000)
  description?: string | null;

  @HttpUrlField({ optional: true, max: 500 })
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The licence of the organisation's open data, by id: ${LICENCE_IDS.join(', ')}.`,
  })
  @IsOptional()
  @IsIn(LICENCE_IDS, { message: `licence must be one of ${LICENCE_IDS.join(', ')}` })
  licence?: string;
}
