import { Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';

/** An append-only trace of who did what. Never public. */
@Entity('audit_event')
@Index(['subjectType', 'subjectId'])
export class AuditEvent {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'actor_id', nullable: true })
  actorId: string | null;

  @StringColumn(60)
  action: string;

  @StringColumn(30, { name: 'subject_type', nullable: true })
  subjectType: string | null;

  @RefColumn({ name: 'subject_id', nullable: true })
  subjectId: string | null;

  /** JSON details; never contains secrets. */
  @TextColumn({ default: '{}' })
  detail: string;

  @StringColumn(64, { nullable: true })
  ip: string | null;

  @Index()
  @InstantColumn({ name: 'created_at' })
  createdAt: string;
}
