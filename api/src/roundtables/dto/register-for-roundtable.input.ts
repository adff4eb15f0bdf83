import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IdField, NullableTextField, TextField } from '../../common/input-fields';

/** Control characters (tab and line breaks too): nothing a name, an email or a role is written with. */
const ONE_LINE = /^[^\p{Cc}]*$/u;
/** Control characters but tab and line breaks, which access needs may hold. */
const LINES = /^(?:[^\p{Cc}]|[\t\n\r])*$/u;

/** A public registration, no account needed; the same email registers once per roundtable. */
@InputType()
export class RegisterForRoundtableInput {
  @IdField()
  roundtableId: string;

  @TextField(200, { description: 'The name to register under.' })
  @Matches(ONE_LINE, { message: 'name must be one line of text' })
  name: string;

  @TextField(254, { description: 'Where the confirmation goes; one registration per email.' })
  @IsEmail({}, { message: 'email must be an email address, such as name@example.org' })
  email: string;

  @NullableTextField(200, 'Role or local party, optional.')
  @Matches(ONE_LINE, { message: 'role must be one line of text' })
  role?: string | null;

  @NullableTextField(2000, 'Access needs, optional.')
  @Matches(LINES, { message: 'accessNeeds must be text' })
  accessNeeds?: string | null;

  @Field(() => Boolean, { description: 'Agreement to the consent statement; must be true.' })
  @IsBoolean()
  consent: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A spam trap: a field people never see, which must stay empty (the form hides it).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  website?: string | null;
}
