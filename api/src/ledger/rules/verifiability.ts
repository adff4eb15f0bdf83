/**
 * A commitment is verifiable when someone outside can check it: it names an owner, a due
 * date and success criteria. Blank (empty or whitespace-only) counts as missing.
 */
export function isVerifiable(c: {
  owner: string | null;
  dueDate: string | null;
  successCriteria: string | null;
}): boolean {
  return [c.owner, c.dueDate, c.successCriteria].every(isPresent);
}

function isPresent(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}
