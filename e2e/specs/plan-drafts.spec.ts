import { expect, newContextOnTestClock, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { ORG, VIEWPORTS } from '../fixtures/demo';

/**
 * A plan starts as a draft: the executive adds it in the console, a browser that is not signed
 * in finds nothing of it, and once the executive confirms "Publish" the same browser sees it.
 */
for (const viewport of VIEWPORTS) {
  test.describe(`plan drafts at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a new plan is private until the executive publishes it', async ({ page, browser }) => {
      // Signing in, adding a plan, two browsers and four accessibility checks: a long journey.
      test.slow();
      const slug = `e2e-draft-${viewport.width}-${Date.now().toString(36)}`;
      const title = `Draft journey plan at ${viewport.width} px`;
      await signIn(page, 'executive');

      // The executive adds a plan: it opens in its editor, marked as a draft.
      await page.getByText('Add a plan').click();
      const add = page.getByRole('form', { name: 'Add a plan' });
      await add.getByLabel('Title').fill(title);
      await add.getByLabel('Address').fill(slug);
      await add.getByLabel('Counterpart').fill('Labour Party');
      await add.getByRole('button', { name: 'Add the plan' }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      const publication = page.getByRole('region', { name: 'Publication' });
      await expect(publication.getByText('Draft', { exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `plan-draft-editor-${viewport.width}`);

      // The executive's preview of the dashboard says who can see it.
      await page.getByRole('link', { name: 'Preview the dashboard of this draft' }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByText('Draft — only your organisation can see this.')).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `plan-draft-preview-${viewport.width}`);

      // A browser that is not signed in: the address is a "not found", the home page does not list it.
      const visitor = await (await newContextOnTestClock(browser, { viewport })).newPage();
      await visitor.goto(`/${ORG}/${slug}`);
      await expect(visitor.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(visitor.getByText(title)).toHaveCount(0);
      await visitor.goto('/');
      await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(visitor.getByRole('link', { name: 'Islamophobia Action Plan' }).first()).toBeVisible();
      await expect(visitor.getByText(title)).toHaveCount(0);

      // Publish, after a confirmation that says what becomes public.
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await publication.getByRole('button', { name: 'Publish…' }).click();
      const confirm = publication.getByRole('form', { name: 'Publish the plan' });
      await expect(confirm.getByText(/Anyone will be able to read the plan/)).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `plan-draft-publish-confirm-${viewport.width}`);
      await confirm.getByRole('button', { name: 'Publish the plan' }).click();
      await expect(publication.getByText('Published: the plan is public now.')).toBeVisible();
      await expect(publication.getByText('Draft', { exact: true })).toHaveCount(0);

      // Now the visitor finds it, on its address and on the home page.
      await visitor.goto(`/${ORG}/${slug}`);
      await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(visitor.getByText('Draft — only your organisation can see this.')).toHaveCount(0);
      await visitor.goto('/');
      await expect(visitor.getByRole('link', { name: title })).toBeVisible();

      // Unpublishing needs a reason; then the visitor finds nothing again.
      await publication.getByRole('button', { name: 'Unpublish…' }).click();
      const unpublish = publication.getByRole('form', { name: 'Unpublish the plan' });
      await unpublish.getByRole('button', { name: 'Unpublish the plan' }).click();
      await expect(unpublish.getByText('Say why it is taken back: the reason is kept in its history.')).toBeVisible();
      await unpublish.getByLabel('Why is it taken back?').fill('The counterpart asked for a correction first.');
      await expectNoAxeViolations(page);
      await screenshot(page, `plan-draft-unpublish-${viewport.width}`);
      await unpublish.getByRole('button', { name: 'Unpublish the plan' }).click();
      await expect(publication.getByText('Unpublished: the plan is a draft again.')).toBeVisible();
      await visitor.goto(`/${ORG}/${slug}`);
      await expect(visitor.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await visitor.context().close();
    });
  });
}
