import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IdField, TextField } from '../../common/input-fields';
import { CommentKind, Stance } from '../comment.entity';

@InputType({
  description: 'A comment, a reply (parentId) or, for a plan’s liaison, a RESPONSE to the latest assessment.',
})
export class AddCommentInput {
  @IdField()
  commitmentId: string;

  @TextField(5000, { description: 'Markdown, stored as written; shown without raw HTML.' })
  body: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'parentId must be an id this API gave out' })
  parentId?: string | null;

  @Field(() => CommentKind, { defaultValue: CommentKind.COMMENT })
  @IsEnum(CommentKind)
  kind: CommentKind;

  @Field(() => Stance, { nullable: true, description: 'Required for a RESPONSE.' })
  @IsOptional()
  @IsEnum(Stance)
  stance?: Stance | null;
}
