import type { Browser, Page } from '@playwright/test';
import { expect, newContextOnTestClock, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { VIEWPORTS } from '../fixtures/demo';
import { graphql, graphqlData } from '../fixtures/graphql';

const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url } }';
const ACCEPT = 'mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { id } }';
const PASSWORD = 'a long and unusual passphrase';
const NEW_PASSWORD = 'another long and unusual passphrase';

/** The executive invites `email` through the API, with the page's session; returns the link's token. */
async function inviteThroughApi(executive: Page, email: string, role: 'EXECUTIVE' | 'LIAISON'): Promise<string> {
  const plan = await graphqlData<{ plan: { id: string } }>(
    executive.request,
    '{ plan(slug: "islamophobia-action-plan") { id } }',
  );
  const input = { email, role, planId: role === 'LIAISON' ? plan.plan.id : null };
  const { inviteUser } = await graphqlData<{ inviteUser: { url: string } }>(executive.request, INVITE, { input });
  return inviteUser.url.split('#')[1];
}

/** A new browser, signed in as the person who accepts `token` (through the API). */
async function acceptInNewBrowser(
  browser: Browser,
  token: string,
  name: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await (await newContextOnTestClock(browser, { viewport })).newPage();
  await graphqlData(page.request, ACCEPT, { input: { token, displayName: name, password: PASSWORD } });
  return page;
}

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

for (const viewport of VIEWPORTS) {
  test.describe(`people and accounts at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // Several browsers, several sign-ins and an axe run each: longer than a one-page check.
    test.slow();

    test('an executive disables and enables a liaison, and re-sends and revokes invitations', async ({
      page,
      browser,
    }) => {
      await signIn(page, 'executive');
      const liaisonEmail = `people-liaison-${viewport.width}@example.org`;
      const liaisonName = `Liaison at ${viewport.width}`;
      const liaison = await acceptInNewBrowser(
        browser,
        await inviteThroughApi(page, liaisonEmail, 'LIAISON'),
        liaisonName,
        viewport,
      );
      const pendingEmail = `people-pending-${viewport.width}@example.org`;
      const firstToken = await inviteThroughApi(page, pendingEmail, 'EXECUTIVE');
      const revokedEmail = `people-revoked-${viewport.width}@example.org`;
      await inviteThroughApi(page, revokedEmail, 'LIAISON');

      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'People' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
      const accounts = page.getByRole('region', { name: 'Accounts' });
      const person = accounts.getByRole('listitem', { name: liaisonName });
      await expect(person.getByText(liaisonEmail)).toBeVisible();
      await expect(person.getByText('Islamophobia Action Plan')).toBeVisible();
      await expect(accounts.getByRole('listitem', { name: 'E2E Executive (you)' })).toBeVisible();
      await expect(
        accounts.getByRole('listitem', { name: 'E2E Executive (you)' }).getByRole('button', { name: 'Disable' }),
      ).toHaveCount(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `people-${viewport.width}`);

      // Disabling signs the liaison out at once.
      await person.getByRole('button', { name: 'Disable' }).click();
      await expect(page.getByText(`${liaisonName} is disabled and signed out.`)).toBeVisible();
      await expect(person.getByText('Disabled: cannot sign in')).toBeVisible();
      await liaison.goto('/console');
      await expect(liaison).toHaveURL(/\/sign-in\?next=%2Fconsole$/);
      await signInWith(liaison, liaisonEmail, PASSWORD);
      await expect(liaison.getByText('Email or password is wrong.')).toBeVisible();

      await person.getByRole('button', { name: 'Enable' }).click();
      await expect(page.getByText(`${liaisonName} can sign in again.`)).toBeVisible();
      await signInWith(liaison, liaisonEmail, PASSWORD);
      await expect(liaison).toHaveURL(/\/console$/);
      await liaison.close();

      // Re-sending: a new link, shown once; the old one no longer works.
      const invitations = page.getByRole('region', { name: 'Pending invitations' });
      const pending = invitations.getByRole('listitem', { name: pendingEmail });
      await pending.getByRole('button', { name: 'Re-send link' }).click();
      const link = pending.getByRole('region', { name: `New link for ${pendingEmail}` });
      const url = (await link.locator('code').textContent()) ?? '';
      expect(url).toMatch(/\/invite#[A-Za-z0-9_-]{20,}$/);
      expect(url).not.toContain(firstToken);
      await expectNoAxeViolations(page);
      await screenshot(page, `people-resent-${viewport.width}`);
      const old = await graphql(page.request, ACCEPT, {
        input: { token: firstToken, displayName: 'Too late', password: PASSWORD },
      });
      expect(old.errors?.[0].message).toBe('This invitation link is not valid any more; ask for a new one.');

      await invitations.getByRole('listitem', { name: revokedEmail }).getByRole('button', { name: 'Revoke' }).click();
      await expect(
        page.getByText(`The invitation for ${revokedEmail} is revoked; its link no longer works.`),
      ).toBeVisible();
      await expect(invitations.getByRole('listitem', { name: revokedEmail })).toHaveCount(0);
    });

    test('a person changes their password, which ends their other session, then signs out everywhere', async ({
      page,
      browser,
    }) => {
      await signIn(page, 'executive');
      const email = `people-password-${viewport.width}@example.org`;
      const here = await acceptInNewBrowser(
        browser,
        await inviteThroughApi(page, email, 'LIAISON'),
        'Changer',
        viewport,
      );
      const elsewhere = await (await newContextOnTestClock(browser, { viewport })).newPage();
      await signInWith(elsewhere, email, PASSWORD);
      await expect(elsewhere).toHaveURL(/\/console$/);

      await here.goto('/console');
      await here.getByRole('link', { name: 'Your account' }).click();
      await expect(here.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
      await expectNoAxeViolations(here);

      const form = here.getByRole('form', { name: 'Change your password' });
      await form.getByLabel('Current password').fill('not the password');
      await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await form.getByLabel('New password again').fill(NEW_PASSWORD);
      await form.getByRole('button', { name: 'Change password' }).click();
      await expect(form.getByText('Your current password is wrong.')).toBeVisible();
      await expectNoAxeViolations(here);
      await screenshot(here, `account-refused-${viewport.width}`);

      await form.getByLabel('Current password').fill(PASSWORD);
      await form.getByRole('button', { name: 'Change password' }).click();
      await expect(
        form.getByText('Your password is changed. You stay signed in here; your other sessions have ended.'),
      ).toBeVisible();
      await screenshot(here, `account-${viewport.width}`);

      // The other session has ended; this one has not.
      await elsewhere.goto('/console');
      await expect(elsewhere).toHaveURL(/\/sign-in\?next=%2Fconsole$/);
      await here.goto('/console/account');
      await expect(here.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
      await signInWith(elsewhere, email, NEW_PASSWORD);
      await expect(elsewhere).toHaveURL(/\/console$/);

      await here.getByRole('button', { name: 'Sign out everywhere' }).click();
      await expect(here).toHaveURL(/\/$/);
      for (const browserPage of [here, elsewhere]) {
        await browserPage.goto('/console');
        await expect(browserPage).toHaveURL(/\/sign-in\?next=%2Fconsole$/);
        await browserPage.close();
      }
    });
  });
}
