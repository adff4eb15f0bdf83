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
import { DateScalar } from '../common/scalars';

@ObjectType({ description: 'What the counterpart committed to do, by when, and who answers for it.' })
@Entity('commitment')
@Index(['planId', 'reference'], { unique: true })
@Index(['planId', 'position'])
export class Commitment {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'plan_id' })
  planId: string;

  @Field({ description: 'Short reference such as C3, unique within the plan.' })
  @StringColumn(20)
  reference: string;

  @Column({ type: 'integer' })
  position: number;

  @Field()
  @StringColumn(300)
  title: string;

  @Field()
  @TextColumn({ default: '' })
  description: string;

  @Field(() => String, { nullable: true, description: 'The body or office responsible.' })
  @StringColumn(200, { nullable: true })
  owner: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ name: 'success_criteria', nullable: true })
  successCriteria: string | null;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ name: 'due_date' })
  dueDate: string | null;

  @Field(() => String, { nullable: true })
  @StringColumn(100, { nullable: true })
  theme: string | null;

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
