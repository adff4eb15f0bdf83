import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';
import { DateScalar } from '../common/scalars';

@ObjectType({ description: 'A dated step towards a commitment.' })
@Entity('milestone')
@Index(['commitmentId', 'position'])
@Index('IDX_milestone_commitment_id_reference', ['commitmentId', 'reference'], { unique: true })
export class Milestone {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'commitment_id' })
  commitmentId: string;

  /** The plan of the commitment, kept so plan-wide roll-ups read milestones in one query. */
  @Index()
  @RefColumn({ name: 'plan_id' })
  planId: string;

  @Field({ description: 'Short reference such as M2, unique within its commitment ("C3 M2").' })
  @StringColumn(20, { default: '' })
  reference: string;

  @Field()
  @StringColumn(300)
  title: string;

  @Field()
  @TextColumn({ default: '' })
  description: string;

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ name: 'due_date' })
  dueDate: string | null;

  @Column({ type: 'integer' })
  position: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: string;
}
