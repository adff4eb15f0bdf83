import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, PLAN, VIEWPORTS } from '../fixtures/demo';

// Nothing is posted here: the drafts live in the browser only, so the shared data stays as it is.

for (const viewport of VIEWPORTS) {
  test.describe(`drafts at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // A journey: signing in, several pages and an accessibility check each.
    test.slow();

    test('a status update typed in the console survives a reload', async ({ page }) => {
      await signIn(page, 'executive');
      await page.goto(`/console/plans/${PLAN}/commitments/C5`);
      const composer = page.getByRole('form', { name: /^New update on C5 · / });
      await composer.getByRole('radio', { name: 'Party’s account' }).check();
      await composer.getByRole('radio', { name: 'Substantial' }).check();
      await composer.getByLabel('What has happened (optional)').fill('The selection rule goes to the next meeting.');
      const source = composer.getByRole('group', { name: 'Source 1' });
      await source.getByLabel('Link').fill('https://example.org/e2e/draft-agenda');
      await source.getByLabel('Title').fill('Meeting agenda');

      await page.reload();
      await expect(composer.getByText('Draft restored.')).toBeVisible();
      await expect(composer.getByRole('radio', { name: 'Party’s account' })).toBeChecked();
      await expect(composer.getByRole('radio', { name: 'Substantial' })).toBeChecked();
      await expect(composer.getByLabel('What has happened (optional)')).toHaveValue(
        'The selection rule goes to the next meeting.',
      );
      await expect(source.getByLabel('Link')).toHaveValue('https://example.org/e2e/draft-agenda');
      await expect(source.getByLabel('Title')).toHaveValue('Meeting agenda');
      await expectNoAxeViolations(page);
      await screenshot(page, `drafts-update-restored-${viewport.width}`);

      await composer.getByRole('button', { name: 'Discard draft' }).click();
      await expect(composer.getByText('Draft restored.')).toHaveCount(0);
      await expect(composer.getByLabel('What has happened (optional)')).toHaveValue('');
      await page.reload();
      await expect(composer.getByRole('radio', { name: 'Substantial' })).not.toBeChecked();
    });

    test('a comment and a reply typed on the public page survive a reload', async ({ page }) => {
      await signIn(page, 'liaison');
      await page.goto(commitmentPath('C3'));
      const comments = page.getByRole('region', { name: 'Comments and responses' });
      await comments.getByLabel('Your comment').fill('A first thought, *not finished*.');
      await comments.getByRole('button', { name: 'Reply to LMN executive (demo)' }).click();
      await comments.getByLabel('Your reply to LMN executive (demo)').fill('Wider briefing is booked.');
      const response = page.getByRole('form', { name: 'Respond to the assessment' });
      await response.getByRole('radio', { name: 'The party agrees' }).check();

      await page.reload();
      await expect(comments.getByLabel('Your comment')).toHaveValue('A first thought, *not finished*.');
      // The reply form opens again by itself.
      await expect(comments.getByLabel('Your reply to LMN executive (demo)')).toHaveValue('Wider briefing is booked.');
      await expect(comments.getByText('Draft restored.')).toHaveCount(2);
      await expect(response.getByRole('radio', { name: 'The party agrees' })).toBeChecked();
      await expectNoAxeViolations(page);
      await screenshot(page, `drafts-comment-restored-${viewport.width}`);
    });
  });
}
