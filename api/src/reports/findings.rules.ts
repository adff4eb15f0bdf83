import { badInput, DomainError } from '../common/domain-error';

/** The unit of a percentage; its values run from 0 to 100. */
export const PERCENT = '%';

/**
 * The range a finding's value may take with its unit: a percentage from 0 to 100, anything else
 * (a count of people, of complaints, an amount) not negative. `field` names the input field the
 * message is about.
 */
export function valueProblem(value: number, unit: string, field: 'value' | 'unit'): DomainError | null {
  if (unit === PERCENT && (value < 0 || value > 100)) {
    return badInput(`A percentage must be between 0 and 100; ${value} is not.`, field);
  }
  if (unit !== PERCENT && value < 0) {
    return badInput(`A count or amount cannot be negative; ${value} is. Use % for a percentage.`, field);
  }
  return null;
}

/** The place a new finding may take: 1 to one past the last. */
export function positionProblem(position: number, count: number): DomainError | null {
  if (position < 1 || position > count + 1) {
    return badInput(
      count === 0
        ? 'position must be 1: the report has no findings yet.'
        : `position must be between 1 and ${count + 1}: the report has ${count} finding${count === 1 ? '' : 's'}.`,
      'position',
    );
  }
  return null;
}
