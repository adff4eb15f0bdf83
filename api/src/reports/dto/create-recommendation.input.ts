import { InputType } from '@nestjs/graphql';
import { EnumField, IdField, NullableTextField, ReferenceField, TextField } from '../../common/input-fields';
import { RecommendationResponse } from '../recommendation.entity';

@InputType()
export class CreateRecommendationInput {
  @IdField('The report that makes the recommendation.')
  reportId: string;

  @ReferenceField({ description: 'Short reference such as R4, unique within the report.' })
  reference: string;

  @TextField(300)
  title: string;

  @NullableTextField(20000)
  body?: string | null;

  @NullableTextField(100)
  theme?: string | null;

  @EnumField(RecommendationResponse, { defaultValue: RecommendationResponse.NO_RESPONSE })
  response: RecommendationResponse;
}
