import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn } from '../common/columns';

export enum Role {
  EXECUTIVE = 'EXECUTIVE',
  LIAISON = 'LIAISON',
}
registerEnumType(Role, { name: 'Role' });

/** A person with an account. Email and password hash are never public fields. */
@ObjectType({ description: 'A person who writes to the record.' })
@Entity('user')
export class User {
  @Field(() => ID)
  @IdColumn()
  id: string;

  /** Executives belong to an organisation; liaisons are attached to plans instead. */
  @Index()
  @RefColumn({ name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @Index({ unique: true })
  @StringColumn(254)
  email: string;

  @Field()
  @StringColumn(120, { name: 'display_name' })
  displayName: string;

  @Field(() => Role)
  @StringColumn(20)
  role: Role;

  @StringColumn(255, { name: 'password_hash', nullable: true })
  passwordHash: string | null;

  @InstantColumn({ name: 'disabled_at', nullable: true })
  disabledAt: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: string;
}
