import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { CommitmentStatus, DeadlineStatus } from '@tracker/rules';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import '../ledger.graphql-enums';

@InputType({ description: 'Every given criterion must match; a list matches any of its values.' })
export class CommitmentFilter {
  @Field(() => [CommitmentStatus], { nullable: true })
  @IsOptional()
  @IsEnum(CommitmentStatus, { each: true })
  assessment?: CommitmentStatus[];

  @Field(() => [CommitmentStatus], { nullable: true })
  @IsOptional()
  @IsEnum(CommitmentStatus, { each: true })
  partyReported?: CommitmentStatus[];

  @Field(() => [DeadlineStatus], { nullable: true })
  @IsOptional()
  @IsEnum(DeadlineStatus, { each: true })
  deadline?: DeadlineStatus[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only verifiable commitments; false: only the unverifiable.',
  })
  @IsOptional()
  @IsBoolean()
  verifiable?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only where the party’s account differs from the assessment.',
  })
  @IsOptional()
  @IsBoolean()
  disagreement?: boolean;

  @Field(() => String, { nullable: true, description: 'Exact theme.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  theme?: string;

  @Field(() => String, { nullable: true, description: 'Exact owner.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  owner?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words found in the reference, title, description, owner or theme.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class PlanCommitmentsArgs extends ConnectionArgs {
  @Field(() => CommitmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentFilter)
  filter?: CommitmentFilter | null;
}
