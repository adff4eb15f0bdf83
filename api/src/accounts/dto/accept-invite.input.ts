import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { TextField } from '../../common/input-fields';

@InputType()
export class AcceptInviteInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @TextField(120, { description: 'The name shown beside what you write.' })
  displayName: string;

  @Field({ description: '12 to 256 characters, not a commonly used password.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
