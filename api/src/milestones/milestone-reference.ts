/** A milestone's reference: `M` and a number, or what an import gave it (letters, digits, `.`, `-`). */
export const MILESTONE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/;

/** The next `M<n>` after the highest one a commitment's milestones already use. */
export function nextMilestoneReference(taken: readonly string[]): string {
  const numbers = taken.map((reference) => /^M(\d+)$/.exec(reference)).map((match) => (match ? Number(match[1]) : 0));
  return `M${Math.max(0, ...numbers) + 1}`;
}
