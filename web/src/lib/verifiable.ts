/** What keeps a commitment from being verifiable, in words: "no owner, no due date and no success criteria". */
export function missingParts(commitment: {
  owner: string | null;
  dueDate: string | null;
  successCriteria: string | null;
}): string {
  const missing = [
    commitment.owner ? null : 'no owner',
    commitment.dueDate ? null : 'no due date',
    commitment.successCriteria ? null : 'no success criteria',
  ].filter((part): part is string => part !== null);
  if (missing.length <= 1) return missing.join('');
  return `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
}
