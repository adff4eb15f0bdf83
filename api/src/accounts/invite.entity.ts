import { Entity, Index } from 'typeorm';
import { Role } from '../auth/user.entity';
import { IdColumn, InstantColumn, RefColumn, StringColumn } from '../common/columns';

/** A single-use, expiring invitation. Only a hash of the token is stored. */
@Entity('invite')
export class Invite {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @RefColumn({ name: 'plan_id', nullable: true })
  planId: string | null;

  @StringColumn(254)
  email: string;

  @StringColumn(20)
  role: Role;

  @Index({ unique: true })
  @StringColumn(64, { name: 'token_hash' })
  tokenHash: string;

  @RefColumn({ name: 'invited_by_id', nullable: true })
  invitedById: string | null;

  @InstantColumn({ name: 'expires_at' })
  expiresAt: string;

  @InstantColumn({ name: 'accepted_at', nullable: true })
  acceptedAt: string | null;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;
}
