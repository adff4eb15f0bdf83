import { InputType } from '@nestjs/graphql';
import {
  EnumField,
  IdField,
  NullableTextField,
  ReferenceField,
  TextField,
  VersionField,
} from '../../common/input-fields';
import { RecommendationResponse } from '../recommendation.entity';

/** Fields left out stay as they are; `null` clears the body or the theme. */
@InputType()
export class UpdateRecommendationInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @ReferenceField({ optional: true })
  reference?: string;

  @TextField(300, { optional: true })
  title?: string;

  @NullableTextField(20000)
  body?: string | null;

  @NullableTextField(100)
  theme?: string | null;

  @EnumField(RecommendationResponse, { optional: true })
  response?: RecommendationResponse;
}
