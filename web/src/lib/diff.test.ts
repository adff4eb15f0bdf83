import { describe, expect, it } from 'vitest';
import { diffWords } from './diff';

describe('diffWords', () => {
  it('keeps what stayed and shows a run of changes as one removal then one addition', () => {
    expect(diffWords('the quick brown fox', 'the slow red fox')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'quick brown ' },
      { kind: 'added', text: 'slow red ' },
      { kind: 'same', text: 'fox' },
    ]);
  });

  it('shows pure additions and removals', () => {
    expect(diffWords('a b', 'a b c')).toEqual([
      { kind: 'same', text: 'a b ' },
      { kind: 'added', text: 'c' },
    ]);
    expect(diffWords('Publish every quarter.', 'Publish.')).toEqual([
      { kind: 'removed', text: 'Publish every quarter.' },
      { kind: 'added', text: 'Publish.' },
    ]);
  });

  it('treats a missing value as empty', () => {
    expect(diffWords(null, 'Governance and Legal Unit')).toEqual([
      { kind: 'added', text: 'Governance and Legal Unit' },
    ]);
    expect(diffWords('Old owner', null)).toEqual([{ kind: 'removed', text: 'Old owner' }]);
    expect(diffWords(null, null)).toEqual([]);
  });

  it('gives back both texts when only words changed', () => {
    const before = 'Four consecutive quarterly reports published on time.';
    const after = 'Four consecutive quarterly reports, published within six weeks of the quarter.';
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe(after);
  });
});
