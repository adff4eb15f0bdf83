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

@ObjectType({ description: 'A published report: its findings and recommendations.' })
@Entity('report')
export class Report {
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

  @Field(() => DateScalar, { nullable: true })
  @DateColumn({ name: 'published_on' })
  publishedOn: string | null;

  @Field()
  @TextColumn({ default: '' })
  summary: string;

  @Field(() => String, { nullable: true })
  @StringColumn(500, { nullable: true })
  url: string | null;

  @Field({ description: 'True where the content is illustrative demo data, not an organisation’s own record.' })
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
