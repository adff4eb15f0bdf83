import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsDefined, IsInt, IsOptional, IsString, Max, Min, ValidateIf } from 'class-validator';
import { DateTimeScalar } from '../../common/scalars';

/** The most places, or people, a roundtable can count. */
export const COUNT_MAX = 100_000;

/** An instant; `optional` lets an update leave it out, never clear it. */
export const InstantField = (options: { optional?: boolean; description?: string } = {}): PropertyDecorator =>
  applyDecorators(
    Field(() => DateTimeScalar, { nullable: options.optional, description: options.description }),
    ...(options.optional
      ? [
          ValidateIf((_object: object, value: unknown) => value !== undefined),
          IsDefined({ message: '$property cannot be cleared; leave it out to keep it as it is' }),
        ]
      : []),
    IsString({ message: '$property must be an instant' }),
  );

/** A whole number of people or places, `min` to COUNT_MAX; null clears it. */
export const CountField = (min: number, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => Int, { nullable: true, description }),
    IsOptional(),
    IsInt({ message: '$property must be a whole number' }),
    Min(min, { message: `$property must be at least ${min}` }),
    Max(COUNT_MAX, { message: `$property must be at most ${COUNT_MAX}` }),
  );
