/** The password policy in words (docs/security.md), shown beside every new-password field. */
export const PASSWORD_POLICY =
  '12 to 256 characters; a few words in a row work well. Common passwords, one character repeated, keyboard runs such as qwerty or 123456, and your email’s name or your organisation’s are refused.';
