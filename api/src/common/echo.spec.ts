import { ECHO_MAX, truncate } from './echo';

describe('truncate', () => {
  it('keeps short text as it is', () => {
    expect(truncate('a'.repeat(ECHO_MAX))).toBe('a'.repeat(ECHO_MAX));
  });

  it('cuts long text to the limit and marks the cut', () => {
    expect(truncate('a'.repeat(900_000))).toBe(`${'a'.repeat(ECHO_MAX)}…`);
    expect(truncate('abcdef', 3)).toBe('abc…');
  });

  it('never cuts an emoji in half', () => {
    expect(truncate('ab🙂', 3)).toBe('ab…');
  });
});
