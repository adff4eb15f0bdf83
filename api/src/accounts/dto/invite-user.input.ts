import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Role } from '../../auth/user.entity';

@InputType({ description: 'Executives join the inviter’s organisation; liaisons are attached to one of its plans.' })
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for a liaison: the plan they will speak for.' })
  @IsOptional()
  @IsUUID('4', { message: 'planId must be an id this API gave out' })
  planId?: string | null;
}
