import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, StringColumn } from '../common/columns';

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
  @Column({ type: 'real' })
  value: number;

  @Field()
  @StringColumn(20)
  unit: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;
}
