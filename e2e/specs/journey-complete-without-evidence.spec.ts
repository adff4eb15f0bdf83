import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, PLAN, VIEWPORTS } from '../fixtures/demo';

/*
 * The executive tries to mark a commitment Complete without evidence: the form explains the
 * rule beside the evidence list and nothing reaches the record. C12 (not started, overdue) is
 * only read here; if anything were posted, the dashboard's figures would show it.
 */

const REFERENCE = 'C12';

for (const viewport of VIEWPORTS) {
  test.describe(`a complete assessment without evidence at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // A journey: signing in, several pages and an accessibility check each.
    test.slow();

    test('the form refuses it with the rule explained, and posts nothing', async ({ page }) => {
      await signIn(page, 'executive');
      const posted: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql') && /postStatusUpdate/.test(request.postData() ?? '')) {
          posted.push(request.postData() ?? '');
        }
      });

      await page.goto(`/console/plans/${PLAN}/commitments/${REFERENCE}`);
      const composer = page.getByRole('form', { name: new RegExp(`^New update on ${REFERENCE} · `) });
      const history = page.getByRole('region', { name: 'History' });
      await expect(history).toBeVisible();
      const entriesBefore = await history.getByRole('listitem').count();

      // The rule is there before anything is sent.
      await expect(
        composer.getByText('Substantial and Complete need at least one piece of public evidence.').first(),
      ).toBeVisible();
      await composer.getByRole('radio', { name: 'Assessment' }).check();
      await composer.getByRole('radio', { name: 'Complete' }).check();
      await expect(composer.getByText('(required for this status)')).toBeVisible();
      await composer.getByLabel('What has happened (optional)').fill('We are told it is finished.');
      await composer.getByRole('button', { name: 'Post update' }).click();

      await expect(composer.getByText('The update was not posted. Check the marked fields below.')).toBeVisible();
      const addSource = composer.getByRole('button', { name: 'Add another source' });
      await expect(addSource).toBeFocused();
      await expect(addSource).toHaveAccessibleDescription(
        /A move to complete needs at least one piece of public evidence/,
      );
      // What was typed is kept, to add the evidence and post again.
      await expect(composer.getByLabel('What has happened (optional)')).toHaveValue('We are told it is finished.');
      await expectNoAxeViolations(page);
      await screenshot(page, `journey-complete-without-evidence-${viewport.width}`);

      expect(posted).toEqual([]);
      await expect(history.getByRole('listitem')).toHaveCount(entriesBefore);
      await page.goto(commitmentPath(REFERENCE));
      await expect(
        page.getByRole('region', { name: 'Assessment' }).getByText('Not started', { exact: true }),
      ).toBeVisible();

      // Not posted, so still a draft: leave nothing behind for the next test.
      await page.goto(`/console/plans/${PLAN}/commitments/${REFERENCE}`);
      await composer.getByRole('button', { name: 'Discard draft' }).click();
      await expect(composer.getByLabel('What has happened (optional)')).toHaveValue('');
    });
  });
}
