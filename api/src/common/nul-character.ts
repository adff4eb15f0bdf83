/**
 * U+0000 (NUL) in text. No one types it, SQLite would keep it, and PostgreSQL refuses it in every
 * text column; so it is refused at the door on both databases, with a message, and never reaches
 * the database.
 */
export const NUL_MESSAGE = 'Text may not contain the NUL character (U+0000); remove it and try again.';

export const containsNul = (text: string): boolean => text.includes('\u0000');

/** Whether any string anywhere in a JSON-like value contains NUL (keys included). */
export function anyNul(value: unknown): boolean {
  if (typeof value === 'string') return containsNul(value);
  if (Array.isArray(value)) return value.some(anyNul);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).some(([key, item]) => containsNul(key) || anyNul(item));
  return false;
}
