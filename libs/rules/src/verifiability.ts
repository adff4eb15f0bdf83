/** What a commitment must name for someone outside to check it. */
export interface VerifiabilityFacts {
  owner: string | null;
  dueDate: string | null;
  successCriteria: string | null;
}

export type VerifiabilityPart = keyof VerifiabilityFacts;

/** The parts in the order they are named: owner, due date, success criteria. */
export const VERIFIABILITY_PARTS: readonly VerifiabilityPart[] = ['owner', 'dueDate', 'successCriteria'];

/**
 * The parts a commitment lacks, in VERIFIABILITY_PARTS order. Blank (null, empty or
 * whitespace-only) counts as missing.
 */
export function missingParts(c: VerifiabilityFacts): VerifiabilityPart[] {
  return VERIFIABILITY_PARTS.filter((part) => isBlank(c[part]));
}

/**
 * A commitment is verifiable when someone outside can check it: it names an owner, a due
 * date and success criteria. Blank (empty or whitespace-only) counts as missing.
 */
export function isVerifiable(c: VerifiabilityFacts): boolean {
  return missingParts(c).length === 0;
}

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}
