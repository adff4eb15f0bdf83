import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { ID_MAX, REFERENCE_MAX, SLUG_MAX } from './input-fields';

/**
 * The arguments that look one item up. Each is capped at the longest value the API ever gives out,
 * so an over-long one is refused as BAD_USER_INPUT before any query runs.
 */

@ArgsType()
export class SlugArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(SLUG_MAX, { message: `slug must be at most ${SLUG_MAX} characters` })
  slug: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(ID_MAX, { message: `id must be at most ${ID_MAX} characters` })
  id: string;
}

@ArgsType()
export class ReferenceArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(REFERENCE_MAX, { message: `reference must be at most ${REFERENCE_MAX} characters` })
  reference: string;
}
