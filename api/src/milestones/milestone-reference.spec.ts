import { MILESTONE_REFERENCE, nextMilestoneReference } from './milestone-reference';

describe('nextMilestoneReference', () => {
  it('starts at M1', () => expect(nextMilestoneReference([])).toBe('M1'));
  it('follows the highest number, not the count, so a gap is never reused', () =>
    expect(nextMilestoneReference(['M1', 'M4', 'M2'])).toBe('M5'));
  it('ignores references an import named otherwise', () => expect(nextMilestoneReference(['launch', 'M2'])).toBe('M3'));
});

describe('MILESTONE_REFERENCE', () => {
  it.each(['M1', 'M12', 'phase-2', 'A.1'])('accepts %s', (reference) =>
    expect(MILESTONE_REFERENCE.test(reference)).toBe(true),
  );
  it.each(['', ' M1', 'M 1', '=M1', 'x'.repeat(21)])('refuses %j', (reference) =>
    expect(MILESTONE_REFERENCE.test(reference)).toBe(false),
  );
});
