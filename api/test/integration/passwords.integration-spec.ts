import { signInDemo } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url } }';
const ACCEPT = 'mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { role } }';

describe('choosing a password on accepting an invitation', () => {
  let t: TestApp;
  let executive: string;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
  });
  afterAll(() => t.close());

  async function invite(input: Record<string, unknown>): Promise<(password: string) => Promise<string | null>> {
    const invited = await t.gql<{ inviteUser: { url: string } }>(INVITE, { input }, executive);
    const token = invited.data!.inviteUser.url.split('#')[1];
    return async (password) => {
      const { errors } = await t.gql(ACCEPT, { input: { token, displayName: 'Someone', password } });
      if (!errors) return null;
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      return errors[0].message;
    };
  }

  it('refuses one character repeated, a keyboard run, the email’s name and the organisation’s, then takes a good one', async () => {
    const accept = await invite({ email: 'amira.khan@example.org', role: 'EXECUTIVE' });
    expect(await accept('aaaaaaaaaaaa')).toMatch(/one character repeated/);
    expect(await accept('qwertyuiop77')).toMatch(/run of neighbouring keys/);
    expect(await accept('abcdefghijkl')).toMatch(/run of neighbouring keys/);
    expect(await accept('Amira.Khan of the north')).toMatch(/name of your email address/);
    expect(await accept('labour muslim network rocks')).toMatch(/name of your organisation/);
    expect(await accept('a fine long passphrase')).toBeNull();
  });

  it('refuses, for a liaison, the name of the organisation whose plan they speak for', async () => {
    const { data } = await t.gql<{ plan: { id: string } }>('{ plan(slug: "islamophobia-action-plan") { id } }');
    const accept = await invite({ email: 'party.person@example.org', role: 'LIAISON', planId: data!.plan.id });
    expect(await accept('LabourMuslimNetwork2026')).toMatch(/name of your organisation/);
    expect(await accept('another fine passphrase')).toBeNull();
  });
});
