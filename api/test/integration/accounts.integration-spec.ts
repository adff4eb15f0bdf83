import { createHash } from 'node:crypto';
import { PasswordsService } from '../../src/auth/passwords.service';
import { currentTime } from '../../src/common/clock';
import { createAccount, sessionCookie, signIn, signInDemo, TEST_PASSWORD } from './support/accounts';
import { gqlFrom } from './support/from-address';
import { sql } from './support/sql';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const ME = '{ me { id displayName role } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id role } }';
const HOUR = 60 * 60 * 1000;
type Me = { me: { id: string; displayName: string; role: string } | null };

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await createAccount(t, 'exec.accounts@example.org', { executiveOf: 'labour-muslim-network' });
  });
  afterAll(() => t.close());

  it('signs in with an HttpOnly, SameSite=Lax cookie whose token is stored only as a hash', async () => {
    const response = await t.post({
      query: LOGIN,
      variables: { input: { email: 'Exec.Accounts@example.org ', password: TEST_PASSWORD } },
    });
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^tracker_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const token = sessionCookie(response)!.split('=')[1];
    const rows: { token_hash: string }[] = await t.dataSource.query('SELECT token_hash FROM session');
    expect(rows.map((r) => r.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    const me = await t.gql<Me>(ME, {}, sessionCookie(response)!);
    expect(me.data!.me).toMatchObject({ role: 'EXECUTIVE' });
  });

  it('answers me with null when signed out, and logout ends the session', async () => {
    expect((await t.gql<Me>(ME)).data!.me).toBeNull();
    const cookie = await signIn(t, 'exec.accounts@example.org');
    const logout = await t.post({ query: 'mutation { logout }' }, cookie);
    expect((await logout.json()).data.logout).toBe(true);
    expect(logout.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await t.gql<Me>(ME, {}, cookie)).data!.me).toBeNull();
  });

  it('starts a new session at every sign-in and drops the one the browser had', async () => {
    const first = await signIn(t, 'exec.accounts@example.org');
    const response = await t.post(
      { query: LOGIN, variables: { input: { email: 'exec.accounts@example.org', password: TEST_PASSWORD } } },
      first,
    );
    const second = sessionCookie(response)!;
    expect(second).not.toBe(first);
    expect((await t.gql<Me>(ME, {}, first)).data!.me).toBeNull();
    expect((await t.gql<Me>(ME, {}, second)).data!.me).not.toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown email, and hashes either way', async () => {
    const verify = jest.spyOn(t.app.get(PasswordsService), 'verify');
    const wrong = await t.gql(LOGIN, {
      input: { email: 'exec.accounts@example.org', password: 'not the password at all' },
    });
    const unknown = await t.gql(LOGIN, { input: { email: 'nobody@example.org', password: 'not the password at all' } });
    expect(wrong.errors![0]).toMatchObject({
      message: 'Email or password is wrong.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors![0]).toEqual(wrong.errors![0]);
    // The unknown email is checked against a decoy hash: the same argon2 work as a real account.
    expect(verify).toHaveBeenCalledTimes(2);
    expect(verify.mock.calls[1][0]).toBeNull();
    verify.mockRestore();
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = await signIn(t, 'exec.accounts@example.org');
    await t.dataSource.query(`UPDATE session SET last_seen_at = '2000-01-01T00:00:00.000Z'`);
    expect((await t.gql<Me>(ME, {}, idle)).data!.me).toBeNull();
    const old = await signIn(t, 'exec.accounts@example.org');
    await t.dataSource.query(`UPDATE session SET expires_at = '2000-01-01T00:00:00.000Z'`);
    expect((await t.gql<Me>(ME, {}, old)).data!.me).toBeNull();
    const hashes = [idle, old].map((cookie) => createHash('sha256').update(cookie.split('=')[1]).digest('hex'));
    const [{ count }] = await sql(
      t.dataSource,
      'SELECT COUNT(*) AS count FROM session WHERE token_hash IN (?, ?)',
      hashes,
    );
    expect(Number(count)).toBe(0);
  });

  it('invites a liaison with a single-use, expiring link that sets a password within the policy', async () => {
    const executive = await signInDemo(t, 'executive@example.org');
    const { data } = await t.gql<{ plan: { id: string } }>('{ plan(slug: "islamophobia-action-plan") { id } }');
    const invited = await t.gql<{ inviteUser: { url: string; expiresAt: string } }>(
      'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url expiresAt role } }',
      { input: { email: 'new.liaison@example.org', role: 'LIAISON', planId: data!.plan.id } },
      executive,
    );
    const token = invited.data!.inviteUser.url.split('#')[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // It expires INVITE_HOURS (72) after it was made, by the app's clock.
    const expiresIn = Date.parse(invited.data!.inviteUser.expiresAt) - currentTime().getTime();
    expect(expiresIn).toBeGreaterThan(71 * HOUR);
    expect(expiresIn).toBeLessThanOrEqual(72 * HOUR);
    const accept = (password: string) =>
      t.post({
        query: 'mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { role displayName } }',
        variables: { input: { token, displayName: 'New liaison', password } },
      });
    const common = await (await accept('1q2w3e4r5t6y')).json();
    expect(common.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const short = await (await accept('too short')).json();
    expect(short.errors[0].message).toMatch(/at least 12 characters/);
    const accepted = await accept('a fine long passphrase');
    expect((await accepted.clone().json()).data.acceptInvite).toEqual({ role: 'LIAISON', displayName: 'New liaison' });
    expect((await t.gql<Me>(ME, {}, sessionCookie(accepted)!)).data!.me!.role).toBe('LIAISON');
    const again = await (await accept('another long passphrase')).json();
    expect(again.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('disabling an account ends its sessions and refuses its sign-in', async () => {
    const executive = await signInDemo(t, 'executive@example.org');
    const liaison = await signInDemo(t, 'liaison@example.org');
    const liaisonId = (await t.gql<Me>(ME, {}, liaison)).data!.me!.id;
    const disabled = await t.gql(
      'mutation ($input: DisableUserInput!) { disableUser(input: $input) { id } }',
      { input: { id: liaisonId } },
      executive,
    );
    expect(disabled.errors).toBeUndefined();
    expect((await t.gql<Me>(ME, {}, liaison)).data!.me).toBeNull();
    const login = await t.gql(LOGIN, { input: { email: 'liaison@example.org', password: TEST_PASSWORD } });
    expect(login.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('sessions over HTTPS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_URL: 'https://tracker.example.org' } });
    await createAccount(t, 'exec.https@example.org', { executiveOf: 'labour-muslim-network' });
  });
  afterAll(() => t.close());

  it('uses the __Host- prefix and the Secure attribute', async () => {
    const response = await t.post({
      query: LOGIN,
      variables: { input: { email: 'exec.https@example.org', password: TEST_PASSWORD } },
    });
    expect(response.headers.get('set-cookie')).toMatch(
      /^__Host-tracker_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/,
    );
  });
});

describe('login throttling', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await createAccount(t, 'exec.throttle@example.org', { executiveOf: 'labour-muslim-network' });
  });
  afterEach(() => t.close());

  const attempt = (email: string, password: string) => t.gql(LOGIN, { input: { email, password } });

  it('refuses an account after 5 failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await attempt('exec.throttle@example.org', `wrong password ${i}`)).errors![0].extensions!.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const blocked = await attempt('exec.throttle@example.org', TEST_PASSWORD);
    expect(blocked.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });

  it('counts every attempt made through aliases: one request never tries more than one wrong password', async () => {
    const aliases = Array.from(
      { length: 7 },
      (_, i) => `a${i}: login(input: { email: "exec.throttle@example.org", password: "wrong password ${i}" }) { id }`,
    );
    for (let request = 0; request < 5; request++) {
      const result = await t.gql(`mutation { ${aliases.join(' ')} }`);
      // login returns User!, so the first failure nulls the whole mutation and stops the later aliases.
      expect(result.data).toBeNull();
      expect(result.errors!.map((e) => [e.path![0], e.extensions!.code])).toEqual([['a0', 'UNAUTHENTICATED']]);
    }
    const blocked = await t.gql(`mutation { ${aliases.join(' ')} }`);
    expect(blocked.errors!.map((e) => e.extensions!.code)).toEqual(['RATE_LIMITED']);
    expect((await attempt('exec.throttle@example.org', TEST_PASSWORD)).errors![0].extensions!.code).toBe(
      'RATE_LIMITED',
    );
  });

  it('limits an address trying many accounts, whatever the password', async () => {
    for (let i = 0; i < 20; i++) await attempt(`someone${i}@example.org`, 'a wrong password');
    const refused = await t.post({
      query: LOGIN,
      variables: { input: { email: 'exec.throttle@example.org', password: TEST_PASSWORD } },
    });
    expect(((await refused.json()) as GraphQLResponse).errors![0].extensions!.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
  });
});

describe('a password spray against one account', () => {
  let t: TestApp;
  const OWNER = 'exec.sprayed@example.org';
  const from = (address: string, password: string) => gqlFrom(t, address, LOGIN, { input: { email: OWNER, password } });
  beforeEach(async () => {
    t = await startTestApp({ env: { LOGIN_FAILURES_PER_ACCOUNT: '12' } });
    await createAccount(t, OWNER, { executiveOf: 'labour-muslim-network' });
    // The owner's usual address: they signed in from it before.
    expect((await from('127.0.0.2', TEST_PASSWORD)).body.errors).toBeUndefined();
    // Four wrong guesses from each of three addresses reach the account's bound of 12; each pair stays under its limit of 5.
    for (const address of ['127.0.0.11', '127.0.0.12', '127.0.0.13']) {
      for (let i = 0; i < 4; i++) {
        expect((await from(address, `guess ${i}`)).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      }
    }
  });
  afterEach(() => t.close());

  it('is throttled: past the account’s bound, addresses it never signed in from are refused, the right password too', async () => {
    for (const address of ['127.0.0.11', '127.0.0.15']) {
      const refused = await from(address, TEST_PASSWORD);
      expect(refused.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('does not lock the owner out: from their usual address the right password still signs them in', async () => {
    const owner = await from('127.0.0.2', TEST_PASSWORD);
    expect(owner.body.errors).toBeUndefined();
    expect(owner.headers['set-cookie']).toBeDefined();
  });

  it('still limits guesses from the owner’s usual address, pair by pair', async () => {
    for (let i = 0; i < 5; i++) await from('127.0.0.2', `guess ${i}`);
    expect((await from('127.0.0.2', TEST_PASSWORD)).body.errors![0].extensions!.code).toBe('RATE_LIMITED');
  });
});
