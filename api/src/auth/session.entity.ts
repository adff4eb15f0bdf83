import { Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn } from '../common/columns';

/** A signed-in session. Only a hash of the token is stored. */
@Entity('session')
export class Session {
  @IdColumn()
  id: string;

  @Index()
  @RefColumn({ name: 'user_id' })
  userId: string;

  @Index({ unique: true })
  @StringColumn(64, { name: 'token_hash' })
  tokenHash: string;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @InstantColumn({ name: 'last_seen_at' })
  lastSeenAt: string;

  @InstantColumn({ name: 'expires_at' })
  expiresAt: string;
}
