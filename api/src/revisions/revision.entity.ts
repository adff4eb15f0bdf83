import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';
import { DateTimeScalar } from '../common/scalars';

export enum RevisionSubject {
  ORGANISATION = 'ORGANISATION',
  REPORT = 'REPORT',
  RECOMMENDATION = 'RECOMMENDATION',
  PLAN = 'PLAN',
  COMMITMENT = 'COMMITMENT',
  MILESTONE = 'MILESTONE',
  FINDING = 'FINDING',
  ROUNDTABLE = 'ROUNDTABLE',
  ASK = 'ASK',
}
registerEnumType(RevisionSubject, { name: 'RevisionSubject' });

/** One changed field of one edit: before and after, who and when. Append-only. */
@ObjectType({ description: 'One changed field of an edit, with its wording before and after.' })
@Entity('revision')
@Index(['subjectType', 'subjectId', 'createdAt'])
@Index(['commitmentId', 'createdAt'])
@Index(['reportId', 'createdAt'])
export class Revision {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => RevisionSubject)
  @StringColumn(20, { name: 'subject_type' })
  subjectType: RevisionSubject;

  @Field(() => ID)
  @RefColumn({ name: 'subject_id' })
  subjectId: string;

  /** The commitment whose public history shows this revision (its own or its milestone's). */
  @RefColumn({ name: 'commitment_id', nullable: true })
  commitmentId: string | null;

  /** The report whose public history shows this revision (one of its findings'). */
  @RefColumn({ name: 'report_id', nullable: true })
  reportId: string | null;

  @Field()
  @StringColumn(60)
  field: string;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  after: string | null;

  @Field(() => Int, { description: 'The subject’s version after this edit.' })
  @Column({ type: 'integer' })
  version: number;

  @RefColumn({ name: 'actor_id', nullable: true })
  actorId: string | null;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'created_at' })
  createdAt: string;
}
