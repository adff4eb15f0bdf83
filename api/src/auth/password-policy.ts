import commonPasswords from './common-passwords.json';
import { charactersInRuns } from './keyboard-runs';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** Words of the account's context shorter than this are too common to refuse. */
export const CONTEXT_WORD_MIN_LENGTH = 3;

const COMMON = new Set(commonPasswords.passwords);

/** What the password of one account must not contain: NIST SP 800-63B's context-specific words. */
export interface PasswordContext {
  /** The account's email; its local part (before the @) may not appear in the password. */
  email: string;
  /** The organisations the account works for (an executive's, a liaison's plans'). */
  organisationNames: readonly string[];
}

/** Lower case, letters and digits only: "Labour Muslim Network" and "labour-muslim-network!" compare equal. */
function letters(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The part of an email before its last @. */
function localPart(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? email.slice(0, at) : email;
}

function contains(password: string, word: string): boolean {
  const needle = letters(word);
  return [...needle].length >= CONTEXT_WORD_MIN_LENGTH && letters(password).includes(needle);
}

/**
 * The policy of docs/security.md: 12 to 256 characters; not one of the commonly used passwords, one
 * character repeated, or mostly a run of neighbouring keys, letters or digits; not containing the
 * email's local part or the organisation's name; and no composition rules. Returns what is wrong,
 * in words a person can act on, or null.
 */
export function passwordProblem(password: string, context?: PasswordContext): string | null {
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a few words in a row work well.`;
  if (chars.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (COMMON.has(password.toLowerCase())) return 'This password is one of the most commonly used; choose another.';
  if (new Set(password.toLowerCase()).size === 1)
    return 'This password is one character repeated; a few words in a row work well.';
  if (charactersInRuns(password) * 2 > chars.length)
    return 'This password is mostly a run of neighbouring keys, letters or digits (like qwerty, abcdef or 123456); a few words in a row work well.';
  if (context && contains(password, localPart(context.email)))
    return 'This password contains the name of your email address (before the @); choose one without it.';
  if (context?.organisationNames.some((name) => contains(password, name)))
    return 'This password contains the name of your organisation; choose one without it.';
  return null;
}
