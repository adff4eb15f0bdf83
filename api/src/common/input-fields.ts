import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { DateScalar } from './scalars';

/** Validators shared by every input type, so limits are the same on every form. */

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export const IdField = (description?: string): PropertyDecorator =>
  applyDecorators(
    Field(() => ID, { description }),
    IsUUID('4', { message: '$property must be an id this API gave out' }),
  );

export const VersionField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => Int, { description: 'The version the editor saw; a stale one gets CONFLICT.' }),
    IsInt(),
    Min(1),
  );

/** Required text, trimmed, 1..max characters. */
export const TextField = (max: number, options: { optional?: boolean; description?: string } = {}): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: options.optional, description: options.description }),
    ...(options.optional ? [IsOptional()] : []),
    trim,
    IsString(),
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
    MaxLength(80),
  );

export const HttpUrlField = (options: { optional?: boolean } = {}): PropertyDecorator =>
  applyDecorators(
    Field(() => String, { nullable: options.optional }),
    ...(options.optional ? [IsOptional()] : []),
    IsString(),
    Matches(/^https?:\/\/[^\s]+$/i, { message: '$property must be an http or https address' }),
    MaxLength(2000),
  );
