import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { FlagColumn, IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';
import { DateTimeScalar } from '../common/scalars';

export enum RoundtableAudience {
  MEMBERS = 'MEMBERS',
  ACTIVISTS = 'ACTIVISTS',
  COUNCILLORS = 'COUNCILLORS',
  MPS = 'MPS',
  AFFILIATES = 'AFFILIATES',
  OPEN = 'OPEN',
}
registerEnumType(RoundtableAudience, { name: 'RoundtableAudience', description: 'Who a roundtable is for.' });

export enum RoundtableStatus {
  UPCOMING = 'UPCOMING',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RoundtableStatus, {
  name: 'RoundtableStatus',
  description: 'CANCELLED carries a reason; HELD carries the attendance.',
});

/**
 * An event a plan's organisation holds so that people can shape the plan. Public fields only:
 * the joining link of an online roundtable is a column but never a field of this type (it is
 * shown to the person who registers, and to the organisation's executives).
 */
@ObjectType({ description: 'A roundtable held on a plan; its registrants are never public, only counts.' })
@Entity('roundtable')
@Index(['planId', 'startsAt'])
export class Roundtable {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'plan_id' })
  planId: string;

  @Field()
  @StringColumn(300)
  title: string;

  @Field({ description: 'Markdown.' })
  @TextColumn({ default: '' })
  description: string;

  @Field(() => RoundtableAudience)
  @StringColumn(20)
  audience: RoundtableAudience;

  @Field(() => DateTimeScalar, { description: 'Shown in Europe/London time.' })
  @InstantColumn({ name: 'starts_at' })
  startsAt: string;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'ends_at' })
  endsAt: string;

  @Field(() => String, { nullable: true, description: 'The place it is held; null for online only.' })
  @StringColumn(300, { nullable: true })
  location: string | null;

  @Field({ description: 'Held online; the joining link is shown only to registered people.' })
  @FlagColumn('online')
  online: boolean;

  /** Private: shown to the person who registers and to the organisation's executives only. */
  @StringColumn(2000, { name: 'joining_link', nullable: true })
  joiningLink: string | null;

  @Field(() => Int, { nullable: true, description: 'Places; null is unlimited.' })
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Field()
  @FlagColumn('registration_open')
  registrationOpen: boolean;

  @Field(() => RoundtableStatus)
  @StringColumn(20, { default: RoundtableStatus.UPCOMING })
  status: RoundtableStatus;

  @Field(() => String, { nullable: true })
  @TextColumn({ name: 'cancellation_reason', nullable: true })
  cancellationReason: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people took part; set once held.' })
  @Column({ type: 'integer', nullable: true })
  attendance: number | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'updated_at' })
  updatedAt: string;
}
