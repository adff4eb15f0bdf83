import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../auth/user.entity';

/** The signed-in person and what they work on; the console's starting point. */
@ObjectType({ description: 'What the signed-in person works on. Only ever served to that person.' })
export class Workspace {
  @Field(() => User)
  user: User;

  @Field({ description: 'The email they sign in with.' })
  email: string;
}
