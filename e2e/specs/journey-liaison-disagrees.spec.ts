import { expect, newContextOnTestClock, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, VIEWPORTS } from '../fixtures/demo';

/*
 * The party's liaison disagrees with the network's assessment on the public commitment page,
 * and an anonymous visitor then sees the disagreement there. C7 (complete, no party account)
 * is used because no other spec reads its comments; a response changes no dashboard figure.
 * The party's account is not posted here: a different status would add a disagreement to the
 * dashboard, whose count other specs assert.
 */

const REFERENCE = 'C7';

for (const viewport of VIEWPORTS) {
  test.describe(`the liaison disagrees at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // A journey: signing in, several pages and an accessibility check each.
    test.slow();

    test('responds DISAGREE to the latest assessment; the public page shows it', async ({ page, browser }) => {
      const words = `The summary left out two regions (checked at ${viewport.width} px).`;
      await signIn(page, 'liaison');
      await page.goto(commitmentPath(REFERENCE));

      const section = page.getByRole('region', { name: 'The party’s right of reply' });
      await expect(section).toBeVisible();
      const form = section.getByRole('form', { name: 'Respond to the assessment' });
      await expect(form.getByText(/^You are answering Labour Muslim Network’s assessment of/)).toBeVisible();
      await expect(form.getByText('Complete', { exact: true })).toBeVisible();
      // The party's own account, beside it, in its own lens only.
      const composer = section.getByRole('form', { name: new RegExp(`^New update on ${REFERENCE} · `) });
      await expect(composer.getByText(/This is the party’s own account/)).toBeVisible();
      await expect(composer.getByRole('radio', { name: 'Assessment' })).toHaveCount(0);

      await form.getByRole('radio', { name: 'The party disagrees' }).check();
      await form.getByLabel('The party’s response').fill(`${words}\n\nSee the **regional notes**.`);
      await form.getByRole('button', { name: 'Preview' }).click();
      await expect(form.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('regional notes');
      await expectNoAxeViolations(page);
      await screenshot(page, `journey-liaison-disagrees-form-${viewport.width}`);

      await form.getByRole('button', { name: 'Post response' }).click();
      await expect(form.getByText('Response posted. It is shown with the comments.')).toBeVisible();
      const comments = page.getByRole('region', { name: 'Comments and responses' });
      const response = comments.getByRole('listitem').filter({ hasText: words });
      await expect(response.getByText('Party’s response: disagrees with the assessment')).toBeVisible();
      await expect(form.getByLabel('The party’s response')).toHaveValue('');

      // Anyone, signed out, in a browser of their own.
      const visitor = await newContextOnTestClock(browser, { viewport });
      const anonymous = await visitor.newPage();
      const downloaded: string[] = [];
      anonymous.on('request', (request) => downloaded.push(new URL(request.url()).pathname));
      await anonymous.goto(commitmentPath(REFERENCE));
      const publicComments = anonymous.getByRole('region', { name: 'Comments and responses' });
      const shown = publicComments.getByRole('listitem').filter({ hasText: words });
      await expect(shown.getByText('Party’s response: disagrees with the assessment')).toBeVisible();
      await expect(shown.locator('strong', { hasText: 'regional notes' })).toBeVisible();
      await expect(publicComments.getByRole('link', { name: 'Sign in to comment' })).toBeVisible();
      await expect(anonymous.getByRole('region', { name: 'The party’s right of reply' })).toHaveCount(0);
      // The forms are a chunk of their own, never downloaded by someone signed out.
      expect(downloaded.filter((path) => /\/assets\/(SignedIn|updates)-/.test(path))).toEqual([]);
      await expectNoAxeViolations(anonymous);
      await screenshot(anonymous, `journey-liaison-disagrees-public-${viewport.width}`);
      await visitor.close();
    });
  });
}
