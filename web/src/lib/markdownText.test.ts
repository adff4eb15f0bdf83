import { describe, expect, it } from 'vitest';
import { excerpt, markdownToText } from './markdownText';

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('Members tell us they have **not** been briefed. [Guidance](https://example.org)')).toBe(
      'Members tell us they have not been briefed. Guidance',
    );
    expect(markdownToText('# Title\n\n- one\n- _two_\n\n> quoted `code`')).toBe('Title one two quoted code');
    expect(markdownToText('<script>alert(1)</script>Plain')).toBe('alert(1)Plain');
  });

  it('cuts long text at a word', () => {
    expect(excerpt('one two three four five', 12)).toBe('one two…');
    expect(excerpt('short', 12)).toBe('short');
  });
});
