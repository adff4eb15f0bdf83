export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** Words with the spaces that follow them, so joining the parts gives back the text. */
function tokens(text: string): string[] {
  return text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
}

// Above this many comparisons the texts are shown as a whole replacement, not word by word.
const MAX_CELLS = 250_000;

/**
 * A word-level diff of two texts (longest common subsequence of words): the parts, in
 * reading order, that stayed, were removed and were added. Words are compared without the
 * spaces around them; a run of changes is shown as one removal followed by one addition.
 * `null` counts as empty.
 */
export function diffWords(before: string | null | undefined, after: string | null | undefined): DiffPart[] {
  const a = tokens(before ?? '');
  const b = tokens(after ?? '');
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  const flush = () => {
    if (removed) push('removed', removed);
    if (added) push('added', added);
    removed = '';
    added = '';
  };

  if (a.length * b.length > MAX_CELLS) {
    removed = a.join('');
    added = b.join('');
    flush();
    return parts;
  }

  const wordsA = a.map((token) => token.trim());
  const wordsB = b.map((token) => token.trim());
  // lengths[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i][j] =
        wordsA[i] === wordsB[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }

  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && wordsA[i] === wordsB[j]) {
      flush();
      push('same', b[j]);
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && lengths[i + 1][j] >= lengths[i][j + 1])) {
      removed += a[i];
      i += 1;
    } else {
      added += b[j];
      j += 1;
    }
  }
  flush();
  return parts;
}
