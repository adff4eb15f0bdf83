import { InputType } from '@nestjs/graphql';
import { FlagField, IdField } from '../../common/input-fields';

/** Links a commitment to a recommendation it answers, or with `unlink: true` removes the link. */
@InputType()
export class LinkRecommendationInput {
  @IdField()
  commitmentId: string;

  @IdField('A recommendation of a report the commitment’s plan answers.')
  recommendationId: string;

  @FlagField(false, 'True removes the link. Linking twice or removing a missing link changes nothing.')
  unlink: boolean;
}
