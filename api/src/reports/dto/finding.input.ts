import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsNumber, ValidateIf, ValidateNested } from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { IdField, NullableTextField, TextField, VersionField } from '../../common/input-fields';

/** The most findings one report may list. */
export const FINDINGS_MAX = 100;
export const FINDING_LABEL_MAX = 300;
export const FINDING_UNIT_MAX = 20;

/**
 * A finite number; the range its unit allows is checked with the unit (findings.rules.ts).
 * `optional`: an update may leave it out, never clear it.
 */
const ValueField = (optional: boolean): PropertyDecorator =>
  applyDecorators(
    Field(() => Float, {
      nullable: optional,
      description: 'The figure: 0 to 100 for a percentage (unit `%`), otherwise not negative.',
    }),
    ...(optional
      ? [
          ValidateIf((_object: object, value: unknown) => value !== undefined),
          IsDefined({ message: '$property cannot be cleared; leave it out to keep it as it is' }),
        ]
      : []),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: '$property must be a finite number' }),
  );

const UNIT_DESCRIPTION = '`%` for a percentage; otherwise what is counted, such as "people"; empty for a plain number.';

@InputType()
export class CreateFindingInput {
  @IdField('The report the finding belongs to.')
  reportId: string;

  @TextField(FINDING_LABEL_MAX, { description: 'What the figure measures, e.g. "directly experienced Islamophobia".' })
  label: string;

  @ValueField(false)
  value: number;

  @NullableTextField(FINDING_UNIT_MAX, UNIT_DESCRIPTION)
  unit?: string | null;

  @Field(() => Int, { description: 'Its place in the list, from 1 to one more than the findings there are.' })
  @IsInt({ message: '$property must be a whole number' })
  position: number;
}

/** Fields left out stay as they are; `null` clears the unit. The place in the list changes with reorderFindings. */
@InputType()
export class UpdateFindingInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;

  @TextField(FINDING_LABEL_MAX, { optional: true })
  label?: string;

  @ValueField(true)
  value?: number;

  @NullableTextField(FINDING_UNIT_MAX, UNIT_DESCRIPTION)
  unit?: string | null;
}

@InputType()
export class DeleteFindingInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;
}

@InputType({ description: 'A finding as the editor saw it.' })
export class FindingVersionInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;
}

@InputType()
export class ReorderFindingsInput {
  @IdField('The report whose findings are put in a new order.')
  reportId: string;

  @Field(() => [FindingVersionInput], {
    description:
      'Every finding of the report, in the new order, each with the version the editor saw; if any finding was added, deleted or changed since, CONFLICT.',
  })
  @IsArray()
  @ArrayMaxSize(FINDINGS_MAX, { message: `$property may hold at most ${FINDINGS_MAX} findings` })
  @ValidateNested({ each: true })
  @Type(() => FindingVersionInput)
  findings: FindingVersionInput[];
}
