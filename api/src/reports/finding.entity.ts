import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn } from '../common/columns';

@ObjectType({ description: 'A key finding of a report, e.g. "29 % directly experienced Islamophobia".' })
@Entity('finding')
export class Finding {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Index()
  @RefColumn({ name: 'report_id' })
  reportId: string;

  @Field()
  @StringColumn(300)
  label: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value: number;

  @Field({ description: '`%` for a percentage (0–100); otherwise what is counted, such as "people", or empty.' })
  @StringColumn(20)
  unit: string;

  @Field(() => Int, { description: 'Its place in the report’s list, from 1.' })
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
