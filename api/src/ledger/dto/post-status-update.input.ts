import { Field, ID, InputType } from '@nestjs/graphql';
import { EntryStatus, EVIDENCE_MAX, EvidenceKind, Lens, NARRATIVE_MAX, ReasonCode, SubjectType } from '@tracker/rules';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DateField, HttpUrlField, IdField, TextField } from '../../common/input-fields';
import '../ledger.graphql-enums';

@InputType({ description: 'A public source: http or https only.' })
export class EvidenceInput {
  @HttpUrlField()
  url: string;

  @TextField(300)
  title: string;

  @Field(() => EvidenceKind)
  @IsEnum(EvidenceKind)
  kind: EvidenceKind;

  @DateField('When the source was published.')
  publishedOn?: string | null;
}

@InputType({ description: 'One new, immutable ledger entry.' })
export class PostStatusUpdateInput {
  @Field(() => SubjectType)
  @IsEnum(SubjectType)
  subjectType: SubjectType;

  @IdField('The commitment or milestone.')
  subjectId: string;

  @Field(() => Lens)
  @IsEnum(Lens)
  lens: Lens;

  @Field(() => EntryStatus)
  @IsEnum(EntryStatus)
  status: EntryStatus;

  @Field({ defaultValue: '', description: 'Markdown, up to 10,000 characters.' })
  @IsString()
  @MaxLength(NARRATIVE_MAX)
  narrative: string;

  @Field(() => [EvidenceInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(EVIDENCE_MAX)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence: EvidenceInput[];

  @Field(() => ReasonCode, { nullable: true, description: 'Required for ABANDONED, MISSED and AT_RISK.' })
  @IsOptional()
  @IsEnum(ReasonCode)
  reasonCode?: ReasonCode | null;

  @Field(() => ID, { nullable: true, description: 'The entry this one corrects (same subject and lens).' })
  @IsOptional()
  @IsUUID('4', { message: 'correctsId must be an id this API gave out' })
  correctsId?: string | null;
}
