import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { IdField, NullableTextField, TextField } from '../../common/input-fields';

/** A public registration, no account needed; the same email registers once per roundtable. */
@InputType()
export class RegisterForRoundtableInput {
  @IdField()
  roundtableId: string;

  @TextField(200)
  name: string;

  @TextField(254)
  email: string;

  @NullableTextField(200, 'Role or local party, optional.')
  role?: string | null;

  @NullableTextField(2000, 'Access needs, optional.')
  accessNeeds?: string | null;

  @Field(() => Boolean, { description: 'Agreement to the consent statement; must be true.' })
  @IsBoolean()
  consent: boolean;
}
