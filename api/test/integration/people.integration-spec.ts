import { Logger } from '@nestjs/common';
import { AccountsService } from '../../src/accounts/accounts.service';
import { User } from '../../src/auth/user.entity';
import { currentTime } from '../../src/common/clock';
import { createAccount, sessionCookie, signIn, TEST_PASSWORD } from './support/accounts';
import { gqlFrom } from './support/from-address';
import { sql } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';

const ME = '{ me { id } }';
type Me = { me: { id: string } | null };
const PEOPLE = `{ workspace { people { id displayName email role plans { slug } lastSignInAt enabled } } }`;
const INVITATIONS = `{ workspace { invitations { id email role plan { slug } invitedAt expiresAt expired } } }`;
const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id url expiresAt } }';
const RESEND = 'mutation ($input: InvitationIdInput!) { resendInvitation(input: $input) { id email url expiresAt } }';
const REVOKE = 'mutation ($input: InvitationIdInput!) { revokeInvitation(input: $input) { id email } }';
const DISABLE = 'mutation ($input: DisableUserInput!) { disableUser(input: $input) { id } }';
const ENABLE = 'mutation ($input: EnableUserInput!) { enableUser(input: $input) { id } }';
const CHANGE = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
const EVERYWHERE = 'mutation { signOutEverywhere }';
const ACCEPT = 'mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { id } }';
const NEW_PASSWORD = 'a brand new passphrase';

interface Person {
  id: string;
  displayName: string;
  email: string;
  role: string;
  plans: { slug: string }[];
  lastSignInAt: string | null;
  enabled: boolean;
}
interface Pending {
  id: string;
  email: string;
  role: string;
  plan: { slug: string } | null;
  invitedAt: string;
  expiresAt: string;
  expired: boolean;
}

describe('people and accounts', () => {
  let t: TestApp;
  let exec: User;
  let exec2: User;
  let liaison: User;
  let planId: string;
  let n = 0;
  const unique = () => ++n;

  beforeAll(async () => {
    t = await startTestApp();
    exec = await createAccount(t, 'people.exec@example.org', { executiveOf: 'labour-muslim-network' });
    exec2 = await createAccount(t, 'people.exec2@example.org', { executiveOf: 'labour-muslim-network' });
    liaison = await createAccount(t, 'people.liaison@example.org', { liaisonOf: 'islamophobia-action-plan' });
    await createAccount(t, 'people.other@example.org', { executiveOf: 'bame-labour' });
    await createAccount(t, 'people.other-liaison@example.org', { liaisonOf: 'race-equality-action-plan' });
    planId = (await t.gql<{ plan: { id: string } }>('{ plan(slug: "islamophobia-action-plan") { id } }')).data!.plan.id;
  });
  afterAll(() => t.close());

  const people = async (cookie: string) => (await t.gql<{ workspace: { people: Person[] } }>(PEOPLE, {}, cookie)).data!;
  const invitations = async (cookie: string) =>
    (await t.gql<{ workspace: { invitations: Pending[] } }>(INVITATIONS, {}, cookie)).data!.workspace.invitations;
  const invite = async (cookie: string, email: string) =>
    (
      await t.gql<{ inviteUser: { id: string; url: string } }>(
        INVITE,
        { input: { email, role: 'LIAISON', planId } },
        cookie,
      )
    ).data!.inviteUser;
  const accept = (url: string) =>
    t.gql(ACCEPT, { input: { token: url.split('#')[1], displayName: 'Invited', password: 'a fine long passphrase' } });
  const auditCount = async (action: string, subjectId: string): Promise<number> => {
    const [{ count }] = await sql(
      t.dataSource,
      'SELECT COUNT(*) AS count FROM audit_event WHERE action = ? AND subject_id = ?',
      [action, subjectId],
    );
    return Number(count);
  };

  describe('the list of accounts', () => {
    it('shows an executive their organisation’s accounts: name, email, role, plans, last sign-in, enabled', async () => {
      const cookie = await signIn(t, 'people.exec@example.org');
      const list = (await people(cookie)).workspace.people;
      const byEmail = new Map(list.map((person) => [person.email, person]));
      expect([...byEmail.keys()].sort()).toEqual(
        [
          'executive@example.org',
          'liaison@example.org',
          'people.exec2@example.org',
          'people.exec@example.org',
          'people.liaison@example.org',
        ].sort(),
      );
      expect(byEmail.get('people.exec@example.org')).toMatchObject({ role: 'EXECUTIVE', plans: [], enabled: true });
      expect(Date.parse(byEmail.get('people.exec@example.org')!.lastSignInAt!)).not.toBeNaN();
      expect(byEmail.get('people.exec2@example.org')!.lastSignInAt).toBeNull();
      expect(byEmail.get('people.liaison@example.org')).toMatchObject({
        id: liaison.id,
        role: 'LIAISON',
        plans: [{ slug: 'islamophobia-action-plan' }],
        enabled: true,
      });
    });

    it('never shows an executive another organisation’s people or invitations', async () => {
      const lmn = await signIn(t, 'people.exec@example.org');
      await invite(lmn, `lmn.invited${unique()}@example.org`);
      const other = await signIn(t, 'people.other@example.org');
      const emails = (await people(other)).workspace.people.map((person) => person.email).sort();
      expect(emails).toEqual(
        ['executive@bame-labour.example.org', 'people.other-liaison@example.org', 'people.other@example.org'].sort(),
      );
      expect(await invitations(other)).toEqual([]);
    });

    it('refuses liaisons (FORBIDDEN) and signed-out callers (UNAUTHENTICATED)', async () => {
      const cookie = await signIn(t, 'people.liaison@example.org');
      for (const query of [PEOPLE, INVITATIONS]) {
        const asLiaison = await t.gql(query, {}, cookie);
        expect(asLiaison.errors![0]).toMatchObject({
          message: 'Only the organisation’s executives see and manage its people.',
          extensions: { code: 'FORBIDDEN' },
        });
        expect(asLiaison.data).toBeNull();
        expect((await t.gql(query)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  describe('pending invitations', () => {
    it('lists them with email, role, plan and expiry, and marks an expired one', async () => {
      const cookie = await signIn(t, 'people.exec@example.org');
      const email = `listed${unique()}@example.org`;
      const made = await invite(cookie, email);
      const listed = (await invitations(cookie)).find((pending) => pending.id === made.id)!;
      expect(listed).toMatchObject({
        email,
        role: 'LIAISON',
        plan: { slug: 'islamophobia-action-plan' },
        expired: false,
      });
      await sql(t.dataSource, `UPDATE invite SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ?`, [made.id]);
      expect((await invitations(cookie)).find((pending) => pending.id === made.id)!.expired).toBe(true);
      const accepted = await invite(cookie, `accepted${unique()}@example.org`);
      expect((await accept(accepted.url)).errors).toBeUndefined();
      expect((await invitations(cookie)).map((pending) => pending.id)).not.toContain(accepted.id);
    });

    it('re-sends one with a new single-use link; the old link stops working', async () => {
      const cookie = await signIn(t, 'people.exec@example.org');
      const made = await invite(cookie, `resent${unique()}@example.org`);
      await sql(t.dataSource, `UPDATE invite SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ?`, [made.id]);
      const resent = await t.gql<{ resendInvitation: { id: string; url: string; expiresAt: string } }>(
        RESEND,
        { input: { id: made.id } },
        cookie,
      );
      expect(resent.errors).toBeUndefined();
      const fresh = resent.data!.resendInvitation;
      expect(fresh.id).toBe(made.id);
      expect(fresh.url).not.toBe(made.url);
      expect(Date.parse(fresh.expiresAt)).toBeGreaterThan(currentTime().getTime());
      expect((await invitations(cookie)).find((pending) => pending.id === made.id)!.expired).toBe(false);
      const old = await accept(made.url);
      expect(old.errors![0]).toMatchObject({
        message: 'This invitation link is not valid any more; ask for a new one.',
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      });
      expect((await accept(fresh.url)).errors).toBeUndefined();
      expect((await accept(fresh.url)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(await auditCount('invite.resend', made.id)).toBe(1);
      const again = await t.gql(RESEND, { input: { id: made.id } }, cookie);
      expect(again.errors![0]).toMatchObject({
        message: 'This invitation has been accepted already: the person has an account.',
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      });
    });

    it('revokes one: its link stops working and it leaves the list', async () => {
      const cookie = await signIn(t, 'people.exec@example.org');
      const email = `revoked${unique()}@example.org`;
      const made = await invite(cookie, email);
      const revoked = await t.gql<{ revokeInvitation: { id: string; email: string } }>(
        REVOKE,
        { input: { id: made.id } },
        cookie,
      );
      expect(revoked.data!.revokeInvitation).toEqual({ id: made.id, email });
      expect((await invitations(cookie)).map((pending) => pending.id)).not.toContain(made.id);
      expect((await accept(made.url)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
      expect(await auditCount('invite.revoke', made.id)).toBe(1);
      const gone = await t.gql(REVOKE, { input: { id: made.id } }, cookie);
      expect(gone.errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it('lets no one else revoke or re-send an organisation’s invitation', async () => {
      const made = await invite(await signIn(t, 'people.exec@example.org'), `guarded${unique()}@example.org`);
      const other = await signIn(t, 'people.other@example.org');
      const asLiaison = await signIn(t, 'people.liaison@example.org');
      for (const mutation of [REVOKE, RESEND]) {
        const refused = await t.gql(mutation, { input: { id: made.id } }, other);
        expect(refused.errors![0]).toMatchObject({
          message: 'You may only manage invitations of your own organisation.',
          extensions: { code: 'FORBIDDEN' },
        });
        expect((await t.gql(mutation, { input: { id: made.id } }, asLiaison)).errors![0].extensions!.code).toBe(
          'FORBIDDEN',
        );
        expect((await t.gql(mutation, { input: { id: made.id } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      }
      const [row] = await sql(t.dataSource, 'SELECT token_hash FROM invite WHERE id = ?', [made.id]);
      expect(row).toBeDefined();
      expect((await accept(made.url)).errors).toBeUndefined();
    });
  });

  describe('disabling and enabling accounts', () => {
    it('refuses to disable yourself', async () => {
      const cookie = await signIn(t, 'people.exec@example.org');
      const refused = await t.gql(DISABLE, { input: { id: exec.id } }, cookie);
      expect(refused.errors![0]).toMatchObject({
        message: 'You cannot disable your own account.',
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      });
      expect((await t.gql<Me>(ME, {}, cookie)).data!.me!.id).toBe(exec.id);
    });

    it('enables a disabled account again, which can then sign in', async () => {
      const cookie = await signIn(t, 'people.exec@example.org');
      const theirs = await signIn(t, 'people.liaison@example.org');
      expect((await t.gql(DISABLE, { input: { id: liaison.id } }, cookie)).errors).toBeUndefined();
      expect((await t.gql<Me>(ME, {}, theirs)).data!.me).toBeNull();
      let person = (await people(cookie)).workspace.people.find((p) => p.id === liaison.id)!;
      expect(person.enabled).toBe(false);
      await expect(signIn(t, 'people.liaison@example.org')).rejects.toThrow(/login .* failed/);
      const enabled = await t.gql(ENABLE, { input: { id: liaison.id } }, cookie);
      expect(enabled.errors).toBeUndefined();
      person = (await people(cookie)).workspace.people.find((p) => p.id === liaison.id)!;
      expect(person.enabled).toBe(true);
      expect((await t.gql<Me>(ME, {}, await signIn(t, 'people.liaison@example.org'))).data!.me!.id).toBe(liaison.id);
      expect(await auditCount('user.enable', liaison.id)).toBe(1);
      expect(await auditCount('user.disable', liaison.id)).toBe(1);
    });

    it('keeps the last enabled executive of an organisation enabled', async () => {
      const cookie = await signIn(t, 'people.exec@example.org');
      const demo = await t.app.get(AccountsService).findByEmail('executive@example.org');
      for (const id of [demo!.id, exec2.id]) {
        expect((await t.gql(DISABLE, { input: { id } }, cookie)).errors).toBeUndefined();
      }
      // Only people.exec is left: the CLI, which has no "yourself", may not disable them either.
      await expect(t.app.get(AccountsService).disable(exec.id, null)).rejects.toThrow(
        'This is the last enabled executive of the organisation: enable or invite another executive first.',
      );
      expect((await t.gql<Me>(ME, {}, cookie)).data!.me!.id).toBe(exec.id);
      expect((await t.gql(ENABLE, { input: { id: exec2.id } }, cookie)).errors).toBeUndefined();

      // Two executives disabling each other at the same moment: one of them wins, never both.
      const theirs = await signIn(t, 'people.exec2@example.org');
      const [mine, other] = await Promise.all([
        t.gql(DISABLE, { input: { id: exec2.id } }, cookie),
        t.gql(DISABLE, { input: { id: exec.id } }, theirs),
      ]);
      // The loser is refused inside the write (FORBIDDEN), or sooner if its session has already ended.
      const outcomes = [mine, other].map((result) => (result.errors ? result.errors[0].extensions!.code : 'ok'));
      expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome !== 'ok')).toEqual([
        expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
      ]);
      const [{ count }] = await sql(
        t.dataSource,
        `SELECT COUNT(*) AS count FROM "user" WHERE organisation_id = ? AND role = 'EXECUTIVE' AND disabled_at IS NULL`,
        [exec.organisationId],
      );
      expect(Number(count)).toBe(1);
      // Put the organisation back as it was for the tests that follow.
      for (const user of [exec, exec2, demo!]) {
        await sql(t.dataSource, 'UPDATE "user" SET disabled_at = NULL WHERE id = ?', [user.id]);
      }
    });
  });

  describe('changing your password', () => {
    it('ends your other sessions and keeps this one; the new password signs in, the old does not', async () => {
      const account = await createAccount(t, `change${unique()}@example.org`, {
        liaisonOf: 'islamophobia-action-plan',
      });
      const here = await signIn(t, account.email);
      const elsewhere = await signIn(t, account.email);
      const changed = await t.gql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
        here,
      );
      expect(changed.errors).toBeUndefined();
      expect((await t.gql<Me>(ME, {}, here)).data!.me!.id).toBe(account.id);
      expect((await t.gql<Me>(ME, {}, elsewhere)).data!.me).toBeNull();
      await expect(signIn(t, account.email)).rejects.toThrow(/failed/);
      expect((await t.gql<Me>(ME, {}, await signIn(t, account.email, NEW_PASSWORD))).data!.me!.id).toBe(account.id);
      expect(await auditCount('user.password.change', account.id)).toBe(1);
    });

    it('refuses a new password outside the policy, or the same one, and changes nothing', async () => {
      const account = await createAccount(t, `policy${unique()}@example.org`, { executiveOf: 'labour-muslim-network' });
      const here = await signIn(t, account.email);
      const elsewhere = await signIn(t, account.email);
      const short = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'too short' } }, here);
      expect(short.errors![0].message).toMatch(/at least 12 characters/);
      expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      const common = await t.gql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: '1q2w3e4r5t6y' } },
        here,
      );
      expect(common.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
      const same = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }, here);
      expect(same.errors![0]).toMatchObject({
        message: 'The new password is the one you have now: choose a different one.',
        extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
      });
      expect((await t.gql<Me>(ME, {}, elsewhere)).data!.me!.id).toBe(account.id);
      expect((await t.gql<Me>(ME, {}, await signIn(t, account.email))).data!.me!.id).toBe(account.id);
    });

    it('answers a wrong current password clearly and counts it as a failed sign-in', async () => {
      const account = await createAccount(t, `guess${unique()}@example.org`, { liaisonOf: 'islamophobia-action-plan' });
      const cookie = await signIn(t, account.email);
      const from = '127.0.0.7';
      const attempt = (currentPassword: string) =>
        gqlFrom(t, from, CHANGE, { input: { currentPassword, newPassword: NEW_PASSWORD } }, cookie);
      const wrong = await attempt('not my password at all');
      expect(wrong.body.errors![0]).toMatchObject({
        message: 'Your current password is wrong.',
        extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
      });
      for (let i = 1; i < 5; i++) await attempt(`wrong guess number ${i}`);
      const throttled = await attempt(TEST_PASSWORD);
      expect(throttled.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      // The same count throttles signing in to the account from that address.
      const login = await gqlFrom(t, from, 'mutation ($input: LoginInput!) { login(input: $input) { id } }', {
        input: { email: account.email, password: TEST_PASSWORD },
      });
      expect(login.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(await auditCount('user.password.failure', account.id)).toBe(5);
      // Nothing changed: the password is the old one.
      expect((await t.gql<Me>(ME, {}, await signIn(t, account.email))).data!.me!.id).toBe(account.id);
    });

    it('is refused to signed-out callers', async () => {
      const refused = await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });
      expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('signing out everywhere', () => {
    it('ends every session of the account, this one included, and clears the cookie', async () => {
      const account = await createAccount(t, `everywhere${unique()}@example.org`, {
        executiveOf: 'labour-muslim-network',
      });
      const here = await signIn(t, account.email);
      const elsewhere = await signIn(t, account.email);
      const bystander = await signIn(t, 'people.exec@example.org');
      const response = await t.post({ query: EVERYWHERE }, here);
      expect((await response.json()).data).toEqual({ signOutEverywhere: 2 });
      expect(response.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      expect(sessionCookie(response)).toMatch(/=$/);
      expect((await t.gql<Me>(ME, {}, here)).data!.me).toBeNull();
      expect((await t.gql<Me>(ME, {}, elsewhere)).data!.me).toBeNull();
      expect((await t.gql<Me>(ME, {}, bystander)).data!.me!.id).toBe(exec.id);
      expect(await auditCount('logout.everywhere', account.id)).toBe(1);
      expect((await t.gql(EVERYWHERE)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });

  it('logs no email, password or invitation link along the way', async () => {
    const lines: string[] = [];
    const spies = (['log', 'warn', 'error', 'debug', 'verbose'] as const).map((level) =>
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(' '));
      }),
    );
    try {
      const email = `logged${unique()}@example.org`;
      const account = await createAccount(t, email, { executiveOf: 'labour-muslim-network' });
      const cookie = await signIn(t, email);
      await t.gql(
        CHANGE,
        { input: { currentPassword: 'a wrong current password', newPassword: NEW_PASSWORD } },
        cookie,
      );
      await t.gql(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }, cookie);
      const invited = `logged.invite${unique()}@example.org`;
      const made = await invite(cookie, invited);
      const resent = await t.gql<{ resendInvitation: { url: string } }>(RESEND, { input: { id: made.id } }, cookie);
      await t.gql(REVOKE, { input: { id: made.id } }, cookie);
      await t.gql(DISABLE, { input: { id: liaison.id } }, cookie);
      await t.gql(ENABLE, { input: { id: liaison.id } }, cookie);
      await t.gql(EVERYWHERE, {}, cookie);
      expect(lines.some((line) => line.includes(account.id))).toBe(true);
      const secrets = [email, invited, TEST_PASSWORD, NEW_PASSWORD, 'a wrong current password'];
      secrets.push(made.url.split('#')[1], resent.data!.resendInvitation.url.split('#')[1], cookie.split('=')[1]);
      expect(secrets.filter((secret) => lines.some((line) => line.includes(secret)))).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
