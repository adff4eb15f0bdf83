import { Field, ObjectType } from '@nestjs/graphql';
import { Comment } from '../comment.entity';

/** A comment as its organisation's executive sees it in the moderation list: the text even when hidden. */
@ObjectType({ description: 'A comment on one of your organisation’s plans, with its text even when hidden.' })
export class ModerationItem {
  @Field(() => Comment)
  comment: Comment;

  @Field({ description: 'The text as written, kept when hidden.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'Why it was hidden; never public.' })
  hiddenReason: string | null;
}
