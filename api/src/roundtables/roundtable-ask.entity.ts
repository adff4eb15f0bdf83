import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn } from '../common/columns';

/** Something raised at a roundtable, recorded by the executives afterwards ("you said"). */
@ObjectType('RoundtableAsk', { description: 'Something raised at a roundtable; with no link it is a gap.' })
@Entity('roundtable_ask')
@Index(['roundtableId', 'position'])
export class RoundtableAsk {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'roundtable_id' })
  roundtableId: string;

  /** The roundtable's plan, kept so plan-wide roll-ups read asks in one query. */
  @Index()
  @RefColumn({ name: 'plan_id' })
  planId: string;

  @Field()
  @StringColumn(1000)
  statement: string;

  @Field(() => Int, { nullable: true, description: 'How many people raised it, if counted.' })
  @Column({ type: 'integer', name: 'raised_by', nullable: true })
  raisedBy: number | null;

  @Field(() => String, { nullable: true })
  @StringColumn(100, { nullable: true })
  theme: string | null;

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
