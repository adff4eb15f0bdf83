import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import {
  DateColumn,
  FlagColumn,
  IdColumn,
  InstantColumn,
  RefColumn,
  StringColumn,
  TextColumn,
} from '../common/columns';
import { DateScalar, DateTimeScalar } from '../common/scalars';

@ObjectType({ description: 'The plan a counterpart agreed in answer to one or more reports.' })
@Entity('action_plan')
export class ActionPlan {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Index()
  @RefColumn({ name: 'organisation_id' })
  organisationId: string;

  @Field()
  @Index({ unique: true })
  @StringColumn(80)
  slug: string;

  @Field()
  @StringColumn(300)
  title: string;

  @Field({ description: 'Who made the commitments, e.g. "Labour Party".' })
  @StringColumn(200)
  counterpart: string;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ name: 'agreed_on' })
  agreedOn: string | null;

  @Field()
  @TextColumn({ default: '' })
  description: string;

  @Field()
  @FlagColumn('is_illustrative')
  isIllustrative: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the plan was made public; null while it is a draft, which only its organisation sees.',
  })
  @InstantColumn({ name: 'published_at', nullable: true })
  publishedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Why the plan was last taken back to draft.' })
  @TextColumn({ name: 'unpublished_reason', nullable: true })
  unpublishedReason: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: string;
}
