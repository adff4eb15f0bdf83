import commonPasswords from './common-passwords.json';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set(commonPasswords.passwords);

/**
 * The policy of docs/security.md: 12 to 256 characters, not one of the commonly used passwords, and no
 * composition rules. Returns what is wrong, in words a person can act on, or null.
 */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a few words in a row work well.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (COMMON.has(password.toLowerCase())) return 'This password is one of the most commonly used; choose another.';
  return null;
}
