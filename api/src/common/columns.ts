import { Column, ColumnOptions, PrimaryColumn } from 'typeorm';

/** Column helpers shared by every entity, so types and lengths are the same everywhere. */
export const IdColumn = (): PropertyDecorator => PrimaryColumn({ type: 'varchar', length: 36 });

export const RefColumn = (options: Omit<ColumnOptions, 'type' | 'length'> = {}): PropertyDecorator =>
  Column({ type: 'varchar', length: 36, ...options });

/** An instant, as ISO-8601 UTC text. */
export const InstantColumn = (options: Omit<ColumnOptions, 'type' | 'length'> = {}): PropertyDecorator =>
  Column({ type: 'varchar', length: 24, ...options });

/** A calendar date (Europe/London), as YYYY-MM-DD text. */
export const DateColumn = (options: Omit<ColumnOptions, 'type' | 'length'> = {}): PropertyDecorator =>
  Column({ type: 'varchar', length: 10, nullable: true, ...options });

export const TextColumn = (options: Omit<ColumnOptions, 'type'> = {}): PropertyDecorator =>
  Column({ type: 'text', ...options });

export const StringColumn = (length: number, options: Omit<ColumnOptions, 'type' | 'length'> = {}): PropertyDecorator =>
  Column({ type: 'varchar', length, ...options });

export const FlagColumn = (name: string): PropertyDecorator => Column({ type: 'boolean', name, default: false });
