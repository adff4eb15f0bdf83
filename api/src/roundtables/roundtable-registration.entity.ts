import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';
import { DateTimeScalar } from '../common/scalars';

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITING = 'WAITING',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'WAITING: on the waiting list, moved up in order when a place frees.',
});

/**
 * One person's registration for a roundtable. Special category data: served only to the
 * executives of the plan's organisation. After the retention period the personal fields are
 * nulled and `erasedAt` set; the row stays so that the counts stay true.
 */
@ObjectType({ description: 'A registration; only the organisation’s executives ever see it.' })
@Entity('roundtable_registration')
@Index('IDX_roundtable_registration_email', ['roundtableId', 'email'], { unique: true })
@Index('IDX_roundtable_registration_queue', ['roundtableId', 'status', 'position'])
export class RoundtableRegistration {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'roundtable_id' })
  roundtableId: string;

  @Field(() => String, { nullable: true, description: 'Null once erased.' })
  @StringColumn(200, { nullable: true })
  name: string | null;

  /** Lower-cased, so that one email registers once. */
  @Field(() => String, { nullable: true, description: 'Null once erased.' })
  @StringColumn(254, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Role or local party, if given.' })
  @StringColumn(200, { nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true })
  @TextColumn({ name: 'access_needs', nullable: true })
  accessNeeds: string | null;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'consented_at' })
  consentedAt: string;

  @Field(() => RegistrationStatus)
  @StringColumn(20)
  status: RegistrationStatus;

  /** Order of registering within the roundtable: the waiting list moves up in this order. */
  @Column({ type: 'integer' })
  position: number;

  /** SHA-256 of the private cancel token; the token itself is never stored. */
  @Index('IDX_roundtable_registration_token', { unique: true })
  @StringColumn(64, { name: 'cancel_token_hash', nullable: true })
  cancelTokenHash: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @InstantColumn({ name: 'cancelled_at', nullable: true })
  cancelledAt: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the personal fields were erased.' })
  @InstantColumn({ name: 'erased_at', nullable: true })
  erasedAt: string | null;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: string;
}
