import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { DateScalar } from './scalars';

/** Validators shared by every input type, so limits are the same on every form. */

/** The longest slug, reference (R4, C13) and id (a UUID) there can be. */
export const SLUG_MAX = 80;
export const REFERENCE_MAX = 20;
export const ID_MAX = 36;

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/**
 * For fields an `update*` input may leave out but never clear: a missing value skips the checks,
 * an explicit `null` is checked (and refused) like any other value.
 */
const unlessLeftOut = [
  ValidateIf((_object: object, value: unknown) => value !== undefined),
  IsDefined({ message: '$property cannot be cleared; leave it out to keep it as it is' }),
];

export const IdField = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => ID, { description }),
    IsUUID('4', { message: '$property must be an id this API gave out' }),
  );

/** An optional list of ids, at most 100, each one an id this API gave out. */
export const IdListField = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(100, { message: '$property may hold at most 100 ids' }),
    IsUUID('4', { each: true, message: '$property must hold ids this API gave out' }),
  );

export const VersionField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => Int, { description: 'The version the editor saw; a stale one gets CONFLICT.' }),
    IsInt(),
    Min(1),
  );

/** Required text, trimmed, 1..max characters; `optional` lets an update leave it out, never clear it. */
export const TextField = (max: number, options: { optional?: boolean; description?: string } = {}): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: options.optional, description: options.description }),
    ...(options.optional ? unlessLeftOut : []),
    trim,
    IsString({ message: '$property must be text' }),
    IsNotEmpty({ message: '$property must not be empty' }),
    MaxLength(max, { message: `$property must be at most ${max} characters` }),
  );

/** Optional text that may be empty or cleared with null. */
export const NullableTextField = (max: number, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    trim,
    IsString(),
    MaxLength(max, { message: `$property must be at most ${max} characters` }),
  );

export const DateField = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => DateScalar, { nullable: true, description }),
    IsOptional(),
    IsString(),
  );

export const SlugField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { description: 'Lowercase letters, digits and hyphens; unique across the installation.' }),
    IsString(),
    Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase letters, digits and single hyphens' }),
    MaxLength(SLUG_MAX),
  );

/** A short reference such as R4 or C13: a letter or digit, then up to 19 letters, digits, dots or hyphens. */
export const ReferenceField = (options: { optional?: boolean; description?: string } = {}): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: options.optional, description: options.description }),
    ...(options.optional ? unlessLeftOut : []),
    trim,
    IsString({ message: '$property must be text' }),
    Matches(new RegExp(`^[A-Za-z0-9][A-Za-z0-9.-]{0,${REFERENCE_MAX - 1}}$`), {
      message: `$property must be 1 to ${REFERENCE_MAX} letters, digits, dots or hyphens, starting with a letter or digit`,
    }),
  );

/**
 * A value of a registered GraphQL enum. GraphQL itself refuses unknown values; the check here
 * keeps the rule when the input is built in code. `optional` lets an update leave it out, never clear it.
 */
export const EnumField = <E extends Record<string, string>>(
  values: E,
  options: { optional?: boolean; defaultValue?: E[keyof E]; description?: string } = {},
): PropertyDecorator =>
  applyDecorators(
    Field(() => values as Record<string, string>, {
      nullable: options.optional,
      defaultValue: options.defaultValue,
      description: options.description,
    }),
    ...(options.optional ? unlessLeftOut : []),
    IsEnum(values, { message: `$property must be one of ${Object.values(values).join(', ')}` }),
  );

/** A yes/no switch with a default, so it may be left out. */
export const FlagField = (defaultValue: boolean, description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => Boolean, { defaultValue, description }),
    IsBoolean(),
  );

/** An http or https address; `optional` also lets an update clear it with null. */
export const HttpUrlField = (options: { optional?: boolean; max?: number } = {}): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: options.optional }),
    ...(options.optional ? [IsOptional()] : []),
    IsString(),
    Matches(/^https?:\/\/[^\s]+$/i, { message: '$property must be an http or https address' }),
    MaxLength(options.max ?? 2000),
  );
