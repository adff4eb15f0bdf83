import { randomBytes } from 'node:crypto';
import { AccountsService } from '../../accounts/accounts.service';

/** The demo's sign-in accounts; their passwords are made at random when the demo is seeded. */
export const DEMO_ACCOUNTS = ['executive@example.org', 'liaison@example.org'];

/**
 * Gives each demo account a fresh random password, to be shown once: no password is ever
 * fixed in code.
 */
export async function issueDemoPasswords(accounts: AccountsService): Promise<{ email: string; password: string }[]> {
  const issued: { email: string; password: string }[] = [];
  for (const email of DEMO_ACCOUNTS) {
    const user = await accounts.findByEmail(email);
    if (!user) continue;
    const password = randomBytes(15).toString('base64url');
    await accounts.setPassword(user.id, password);
    issued.push({ email, password });
  }
  return issued;
}

export const describeDemoPasswords = (issued: { email: string; password: string }[]): string =>
  [
    'Demo accounts (these passwords are shown only now):',
    ...issued.map(({ email, password }) => `  ${email}  ${password}`),
  ].join('\n');
