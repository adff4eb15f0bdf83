import { QueryFailedError } from 'typeorm';
import { badInput, DomainError } from './domain-error';

interface DriverError {
  code?: string;
  detail?: string;
}

/** True when the database refused a row because `table`.`column` must be unique (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown, table: string, column: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error.driverError ?? {}) as DriverError;
  if (driver.code === '23505') return new RegExp(`^Key \\((.*, )?${column}(, .*)?\\)=`).test(driver.detail ?? '');
  const failed = /UNIQUE constraint failed: (.*)$/m.exec(error.message);
  return !!failed && failed[1].split(', ').includes(`${table}.${column}`);
}

/**
 * A `catch` handler for a write: the database's own uniqueness refusal becomes the same
 * BAD_USER_INPUT the service's check gives, anything else goes on as it was.
 */
export const duplicateAs =
  (table: string, column: string, problem: () => DomainError) =>
  (error: unknown): never => {
    throw isUniqueViolation(error, table, column) ? problem() : error;
  };

/** Organisation, plan and report slugs share one namespace (docs/domain.md). */
export const slugTaken = (slug: string): DomainError =>
  badInput(`The slug "${slug}" is already used by an organisation, plan or report; choose another.`, 'slug');

export const referenceTaken = (reference: string, within: 'report' | 'plan'): DomainError =>
  badInput(`The reference "${reference}" is already used in this ${within}; choose another.`, 'reference');
