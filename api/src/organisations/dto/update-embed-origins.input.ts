import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsString } from 'class-validator';
import { IdField, VersionField } from '../../common/input-fields';
import { EMBED_ORIGINS_MAX } from '../embed-origins';

/** The sites allowed to frame the organisation's embeds; an empty list allows any site. */
@InputType()
export class UpdateEmbedOriginsInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @Field(() => [String], {
    description: `https origins (https://host or https://host:port), at most ${EMBED_ORIGINS_MAX}; empty for any site.`,
  })
  @IsArray()
  @ArrayMaxSize(EMBED_ORIGINS_MAX, { message: `$property may hold at most ${EMBED_ORIGINS_MAX} sites` })
  @IsString({ each: true })
  origins: string[];
}
