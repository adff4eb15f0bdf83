import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/columns';

/** What answers an ask: exactly one of a recommendation, a commitment or a milestone of its plan. */
@ObjectType({ description: 'What answers an ask: one of recommendation, commitment or milestone is set.' })
@Entity('roundtable_ask_link')
@Index('IDX_roundtable_ask_link_recommendation', ['askId', 'recommendationId'], { unique: true })
@Index('IDX_roundtable_ask_link_commitment', ['askId', 'commitmentId'], { unique: true })
@Index('IDX_roundtable_ask_link_milestone', ['askId', 'milestoneId'], { unique: true })
export class RoundtableAskLink {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'ask_id' })
  askId: string;

  @Index('IDX_roundtable_ask_link_recommendation_id')
  @RefColumn({ name: 'recommendation_id', nullable: true })
  recommendationId: string | null;

  @Index('IDX_roundtable_ask_link_commitment_id')
  @RefColumn({ name: 'commitment_id', nullable: true })
  commitmentId: string | null;

  @Index('IDX_roundtable_ask_link_milestone_id')
  @RefColumn({ name: 'milestone_id', nullable: true })
  milestoneId: string | null;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;
}
