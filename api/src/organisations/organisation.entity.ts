import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, StringColumn, TextColumn } from '../common/columns';
import { DEFAULT_LICENCE_ID } from './licences';

@ObjectType({ description: 'A network that publishes reports and monitors plans.' })
@Entity('organisation')
export class Organisation {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @Field()
  @Index({ unique: true })
  @StringColumn(80)
  slug: string;

  @Field()
  @StringColumn(200)
  name: string;

  @Field()
  @TextColumn({ default: '' })
  description: string;

  @Field(() => String, { nullable: true })
  @StringColumn(500, { nullable: true })
  website: string | null;

  /** The SPDX-style id of the licence its open data is published under (organisations/licences.ts); GraphQL's `licence` resolves it. */
  @StringColumn(40, { default: DEFAULT_LICENCE_ID })
  licence: string;

  /**
   * The https origins allowed to frame its embeds, separated by spaces; empty for any site.
   * GraphQL's `embedOrigins` lists them, for its executives only (embeds/embed-origins.ts).
   */
  @TextColumn({ name: 'embed_origins', default: '' })
  embedOrigins: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @InstantColumn({ name: 'created_at' })
  createdAt: string;

  @InstantColumn({ name: 'updated_at' })
  updatedAt: string;
}
