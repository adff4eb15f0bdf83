import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field({ description: 'The password you signed in with.' })
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @Field({ description: '12 to 256 characters, not a commonly used password.' })
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}
