import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { IdField } from '../../common/input-fields';
import { RevisionSubject } from '../revision.entity';

@ArgsType()
export class RevisionsArgs extends ConnectionArgs {
  @Field(() => RevisionSubject)
  @IsEnum(RevisionSubject)
  subjectType: RevisionSubject;

  @IdField()
  subjectId: string;
}
