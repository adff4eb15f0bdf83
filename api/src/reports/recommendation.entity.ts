import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { FlagColumn, IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';

export enum RecommendationResponse {
  ACCEPTED_IN_FULL = 'ACCEPTED_IN_FULL',
  ACCEPTED_IN_PART = 'ACCEPTED_IN_PART',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  NO_RESPONSE = 'NO_RESPONSE',
}
registerEnumType(RecommendationResponse, {
  name: 'RecommendationResponse',
  description: 'The party’s response to a recommendation.',
});

@ObjectType({ description: 'A recommendation of a report and the party’s response to it.' })
@Entity('recommendation')
@Index(['reportId', 'reference'], { unique: true })
export class Recommendation {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'report_id' })
  reportId: string;

  @Field({ description: 'Short reference such as R4.' })
  @StringColumn(20)
  reference: string;

  @Field()
  @StringColumn(300)
  title: string;

  @Field()
  @TextColumn({ default: '' })
  body: string;

  @Field(() => String, { nullable: true })
  @StringColumn(100, { nullable: true })
  theme: string | null;

  @Field(() => RecommendationResponse)
  @StringColumn(20, { default: RecommendationResponse.NO_RESPONSE })
  response: RecommendationResponse;

  @Column({ type: 'integer' })
  position: number;

  @Field()
  @FlagColumn('is_illustrative')
  isIllustrative: boolean;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: string;
}
