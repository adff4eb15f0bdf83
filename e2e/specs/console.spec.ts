import { expect, newContextOnTestClock, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, VIEWPORTS } from '../fixtures/demo';
import { graphqlData } from '../fixtures/graphql';

const COMMITMENT_ID = `query ($ref: String!) {
  plan(slug: "islamophobia-action-plan") { commitment(reference: $ref) { id } }
}`;

for (const viewport of VIEWPORTS) {
  test.describe(`console at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the executive’s overview lists the plan and the report with their editors', async ({ page }) => {
      await signIn(page, 'executive');

      await expect(page.getByRole('heading', { level: 1, name: 'Console' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Islamophobia Action Plan' }).first()).toHaveAttribute(
        'href',
        '/console/plans/islamophobia-action-plan',
      );
      await expect(page.getByRole('link', { name: 'Islamophobia and the Muslim Experience' })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: /E2E Executive/ })).toBeVisible();
      await page.getByText('Add a plan').click();
      await expect(page.getByRole('form', { name: 'Add a plan' }).getByLabel('Address')).toBeVisible();

      await expectNoAxeViolations(page);
      await screenshot(page, `console-executive-${viewport.width}`);
    });

    test('a moderator hides a comment with a reason; the public sees that it was hidden, never the text', async ({
      page,
      browser,
    }) => {
      const commenter = await (await newContextOnTestClock(browser)).newPage();
      await signIn(commenter, 'member');
      const body = `Off-topic advertising seen at ${viewport.width} px.`;
      const { plan } = await graphqlData<{ plan: { commitment: { id: string } } }>(commenter.request, COMMITMENT_ID, {
        ref: 'C8',
      });
      await graphqlData(commenter.request, 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }', {
        input: { commitmentId: plan.commitment.id, body },
      });
      await commenter.close();

      await signIn(page, 'executive');
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Moderation' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Moderation' })).toBeVisible();
      const entry = page.getByRole('listitem').filter({ hasText: body });
      await entry.getByRole('button', { name: 'Hide…' }).click();
      await entry.getByRole('button', { name: 'Hide comment' }).click();
      await expect(entry.getByText('Give the reason: it is kept with the record.')).toBeVisible();
      await entry.getByLabel('Why hide it?').fill('Advertising');
      await expect(entry.getByLabel('Why hide it?')).toHaveValue('Advertising');
      await screenshot(page, `console-moderation-hiding-${viewport.width}`);
      await entry.getByRole('button', { name: 'Hide comment' }).click();

      const hidden = page.getByRole('listitem').filter({ hasText: body });
      await expect(hidden.getByText(/^Hidden by E2E Executive on .*: Advertising$/)).toBeVisible();
      await page.getByLabel('Hidden', { exact: true }).check();
      await expect(page.getByRole('listitem').filter({ hasText: body })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `console-moderation-${viewport.width}`);

      const visitor = await (await newContextOnTestClock(browser, { viewport })).newPage();
      await visitor.goto(commitmentPath('C8'));
      const comments = visitor.getByRole('region', { name: 'Comments and responses' });
      await expect(comments.getByText('Hidden by moderators.').first()).toBeVisible();
      await expect(visitor.getByText(body)).toHaveCount(0);
      await visitor.close();
    });

    test('an executive invites a liaison, who accepts and finds what waits for their response', async ({
      page,
      browser,
    }) => {
      await signIn(page, 'executive');
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'People' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
      await expectNoAxeViolations(page);

      const email = `invited-${viewport.width}@example.org`;
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Invite as').selectOption('LIAISON');
      await page.getByLabel('Plan they speak for').selectOption({ label: 'Islamophobia Action Plan' });
      await page.getByRole('button', { name: 'Create invitation link' }).click();
      const invitation = page.getByRole('region', { name: `Invitation for ${email}` });
      const url = (await invitation.locator('code').textContent()) ?? '';
      expect(url).toMatch(/\/invite#[A-Za-z0-9_-]{20,}$/);
      await screenshot(page, `console-people-${viewport.width}`);

      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();

      const invited = await (await newContextOnTestClock(browser, { viewport })).newPage();
      await invited.goto(url.slice(url.indexOf('/invite')));
      await invited.getByLabel('Display name').fill('Invited liaison');
      await invited.getByLabel('New password').fill('a long and unusual passphrase');
      await invited.getByRole('button', { name: 'Save and sign in' }).click();
      await expect(invited.getByRole('heading', { name: 'Waiting for your response' })).toBeVisible();
      await expect(invited.getByRole('link', { name: /^C3 · Adopt a definition/ })).toHaveAttribute(
        'href',
        commitmentPath('C3'),
      );
      await expect(
        invited.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Moderation' }),
      ).toHaveCount(0);
      await expectNoAxeViolations(invited);
      await screenshot(invited, `console-liaison-${viewport.width}`);

      await invited.goto('/console/moderation');
      await expect(invited.getByRole('heading', { name: 'For executives only' })).toBeVisible();
      await invited.close();
    });
  });
}

test('a save after the session has ended keeps what was typed and offers to sign in again', async ({
  page,
  context,
}) => {
  await signIn(page, 'executive');
  await page.goto('/console/plans/islamophobia-action-plan/commitments/C2');
  const form = page.getByRole('form', { name: 'Edit C2' });
  const title = form.getByLabel('Title');
  await title.fill('A title typed just before the session ended');

  await context.clearCookies();
  await form.getByRole('button', { name: 'Save changes' }).click();

  await expect(form.getByText('Your session has ended. Sign in again to save; what you typed is kept.')).toBeVisible();
  await expect(title).toHaveValue('A title typed just before the session ended');
  await expect(form.getByRole('link', { name: 'Sign in again (opens in a new tab)' })).toHaveAttribute(
    'href',
    '/sign-in?next=%2Fconsole%2Fplans%2Fislamophobia-action-plan%2Fcommitments%2FC2',
  );
  await expect(form.getByRole('link', { name: 'Sign in again (opens in a new tab)' })).toHaveAttribute(
    'target',
    '_blank',
  );
});
