/** The most of a value a client sent that an error message repeats back to them. */
export const ECHO_MAX = 100;

/** `text` cut to at most `max` characters, ending in "…" when it was longer; never halves an emoji. */
export function truncate(text: string, max = ECHO_MAX): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
