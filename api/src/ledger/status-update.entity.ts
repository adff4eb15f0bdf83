import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EntryStatus, Lens, ReasonCode, SubjectType } from '@tracker/rules';
import { Column, Entity, Index } from 'typeorm';
import { FlagColumn, IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';
import { DateTimeScalar } from '../common/scalars';
import './ledger.graphql-enums';

/**
 * One immutable entry of the ledger. Never updated or deleted (the database rejects both);
 * a correction is a new entry pointing to the one it corrects.
 */
@ObjectType({ description: 'One immutable entry of the ledger: a status in one lens, with narrative and evidence.' })
@Entity('status_update')
@Index(['planId', 'sequence'])
@Index(['commitmentId', 'sequence'])
@Index(['milestoneId', 'sequence'])
export class StatusUpdate {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field(() => Int, { description: 'Position in the installation’s ledger; later entries have higher numbers.' })
  @Index({ unique: true })
  @Column({ type: 'integer' })
  sequence: number;

  @RefColumn({ name: 'plan_id' })
  planId: string;

  /** The commitment the entry is about, or the commitment of its milestone. */
  @RefColumn({ name: 'commitment_id' })
  commitmentId: string;

  /** Set when the subject is a milestone. */
  @RefColumn({ name: 'milestone_id', nullable: true })
  milestoneId: string | null;

  @Field(() => Lens)
  @StringColumn(20)
  lens: Lens;

  @Field(() => EntryStatus)
  @StringColumn(20)
  status: EntryStatus;

  @Field({ description: 'Markdown.' })
  @TextColumn({ default: '' })
  narrative: string;

  @Field(() => ReasonCode, { nullable: true })
  @StringColumn(20, { name: 'reason_code', nullable: true })
  reasonCode: ReasonCode | null;

  @RefColumn({ name: 'author_id', nullable: true })
  authorId: string | null;

  @Field({ description: 'True when an executive recorded the party’s account on its behalf.' })
  @FlagColumn('on_behalf_of_party')
  onBehalfOfParty: boolean;

  @Field(() => ID, { nullable: true, description: 'The entry this one corrects.' })
  @RefColumn({ name: 'corrects_id', nullable: true })
  correctsId: string | null;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  get subjectType(): SubjectType {
    return this.milestoneId ? SubjectType.MILESTONE : SubjectType.COMMITMENT;
  }
}
