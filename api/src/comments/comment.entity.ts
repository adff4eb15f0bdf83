import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn, StringColumn, TextColumn } from '../common/columns';
import { DateTimeScalar } from '../common/scalars';

export enum CommentKind {
  COMMENT = 'COMMENT',
  RESPONSE = 'RESPONSE',
}
registerEnumType(CommentKind, {
  name: 'CommentKind',
  description: 'RESPONSE is a liaison’s right of reply to the latest assessment.',
});

export enum Stance {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
}
registerEnumType(Stance, { name: 'Stance' });

@ObjectType({ description: 'A comment or a liaison’s response on a commitment.' })
@Entity('comment')
@Index(['commitmentId', 'createdAt'])
export class Comment {
  @Field(() => ID)
  @IdColumn()
  id: string;

  @RefColumn({ name: 'commitment_id' })
  commitmentId: string;

  @Field(() => ID, { nullable: true })
  @RefColumn({ name: 'parent_id', nullable: true })
  parentId: string | null;

  @RefColumn({ name: 'author_id' })
  authorId: string;

  /** Markdown as written. Served only while the comment is not hidden. */
  @TextColumn()
  body: string;

  @Field(() => CommentKind)
  @StringColumn(20, { default: CommentKind.COMMENT })
  kind: CommentKind;

  @Field(() => Stance, { nullable: true })
  @StringColumn(10, { nullable: true })
  stance: Stance | null;

  @InstantColumn({ name: 'hidden_at', nullable: true })
  hiddenAt: string | null;

  @TextColumn({ name: 'hidden_reason', nullable: true })
  hiddenReason: string | null;

  @RefColumn({ name: 'hidden_by_id', nullable: true })
  hiddenById: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @InstantColumn({ name: 'created_at' })
  createdAt: string;
}
