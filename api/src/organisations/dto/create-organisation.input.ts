import { IsIn, IsOptional } from 'class-validator';
import { HttpUrlField, NullableTextField, SlugField, TextField } from '../../common/input-fields';
import { LICENCE_IDS } from '../licences';

/**
 * A new organisation, as `tracker org:create` takes it. Validated by the API's own input rules
 * (the slug's format and the website's scheme are those of every other input), though no
 * GraphQL operation creates organisations: the first one comes from whoever runs the server.
 */
export class CreateOrganisationInput {
  @SlugField()
  slug: string;

  @TextField(200)
  name: string;

  @NullableTextField(20000)
  description?: string | null;

  @HttpUrlField({ optional: true, max: 500 })
  website?: string | null;

  @IsOptional()
  @IsIn(LICENCE_IDS, { message: `licence must be one of ${LICENCE_IDS.join(', ')}` })
  licence?: string;
}
