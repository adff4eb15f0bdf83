import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';

@ArgsType()
export class ModerationArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only hidden comments; false: only visible ones.' })
  @IsOptional()
  @IsBoolean()
  hidden?: boolean | null;
}
