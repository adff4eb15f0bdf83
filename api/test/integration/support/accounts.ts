import { AccountsService } from '../../../src/accounts/accounts.service';
import { Role, User } from '../../../src/auth/user.entity';
import { OrganisationsService } from '../../../src/organisations/organisations.service';
import { PlansService } from '../../../src/plans/plans.service';
import { TestApp } from './test-app';

export const TEST_PASSWORD = 'a long test passphrase';

/** The session cookie (name=value) a login response set, or null. */
export function sessionCookie(response: Response): string | null {
  const header = response.headers.get('set-cookie');
  return header ? header.split(';')[0] : null;
}

/** Signs in over HTTP and returns the cookie to send with later requests. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await t.post({
    query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
    variables: { input: { email, password } },
  });
  const body = await response.json();
  const cookie = sessionCookie(response);
  if (body.errors || !cookie) throw new Error(`login of ${email} failed: ${JSON.stringify(body.errors)}`);
  return cookie;
}

/**
 * Creates an account with TEST_PASSWORD: an executive of `org`, or a liaison of `plan`.
 * Returns the user.
 */
export async function createAccount(
  t: TestApp,
  email: string,
  who: { executiveOf: string } | { liaisonOf: string },
): Promise<User> {
  const accounts = t.app.get(AccountsService);
  if ('executiveOf' in who) {
    const organisation = await t.app.get(OrganisationsService).getBySlug(who.executiveOf);
    return accounts.createWithPassword(
      { email, displayName: email, role: Role.EXECUTIVE, organisationId: organisation.id, planId: null },
      TEST_PASSWORD,
    );
  }
  const plan = await t.app.get(PlansService).getBySlug(who.liaisonOf);
  return accounts.createWithPassword(
    { email, displayName: email, role: Role.LIAISON, organisationId: null, planId: plan.id },
    TEST_PASSWORD,
  );
}

/** Gives a seeded demo account (which has no password) TEST_PASSWORD and signs it in. */
export async function signInDemo(t: TestApp, email: 'executive@example.org' | 'liaison@example.org'): Promise<string> {
  const accounts = t.app.get(AccountsService);
  const user = await accounts.findByEmail(email);
  if (!user) throw new Error(`no demo account ${email}`);
  await accounts.setPassword(user.id, TEST_PASSWORD);
  return signIn(t, email);
}
