import { expect, test } from '../fixtures/clock';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, screenshot, waitForHydration } from '../fixtures';
import { COMMITMENTS, VIEWPORTS } from '../fixtures/demo';

/**
 * On a phone the filter fields start folded away under their summary. On a wide screen the app
 * opens them once it has taken over the page, so look only after that.
 */
async function openFilters(page: Page) {
  await waitForHydration(page);
  if (!(await page.getByRole('combobox', { name: 'Deadline' }).isVisible())) {
    await page.getByText('Filter by status, theme, owner or gaps').click();
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`commitments list at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('lists the commitments with their lenses, a page at a time', async ({ page }) => {
      await page.goto(COMMITMENTS);

      await expect(page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: '12 commitments' })).toBeVisible();
      await expect(page.getByText('Showing 1 to 10', { exact: true })).toBeVisible();
      const c3 = page.getByRole('article').filter({ has: page.getByRole('link', { name: /^C3 / }) });
      await expect(c3.getByText('Overdue')).toBeVisible();
      await expect(c3.getByText('Party’s account differs')).toBeVisible();

      await expectNoAxeViolations(page);
      await screenshot(page, `commitments-list-${viewport.width}`);

      await page.getByRole('link', { name: 'Next page' }).click();
      await expect(page).toHaveURL(/after=/);
      await expect(page.getByText('Showing 11 to 12', { exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: /^C12 / })).toBeVisible();
      await page.getByRole('link', { name: 'Previous page' }).click();
      await expect(page.getByText('Showing 1 to 10', { exact: true })).toBeVisible();
    });

    test('filters and search live in the address, and Back undoes them', async ({ page }) => {
      await page.goto(COMMITMENTS);
      await expect(page.getByRole('heading', { level: 2, name: '12 commitments' })).toBeVisible();

      await openFilters(page);
      await page.getByRole('combobox', { name: 'Deadline' }).selectOption('OVERDUE');
      await expect(page).toHaveURL(/\?deadline=OVERDUE$/);
      await expect(page.getByRole('heading', { level: 2, name: '4 commitments match' })).toBeVisible();

      await page.getByRole('combobox', { name: 'Assessment' }).selectOption('LIMITED');
      await expect(page).toHaveURL(/\?assessment=LIMITED&deadline=OVERDUE$/);
      await expect(page.getByRole('heading', { level: 2, name: '2 commitments match' })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `commitments-list-filtered-${viewport.width}`);

      // A link reproduces the view.
      await page.reload();
      await expect(page.getByRole('heading', { level: 2, name: '2 commitments match' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Assessment: Limited (remove this filter)' })).toBeVisible();
      await openFilters(page);
      await expect(page.getByRole('combobox', { name: 'Assessment' })).toHaveValue('LIMITED');

      await page.goBack();
      await expect(page).toHaveURL(/\?deadline=OVERDUE$/);
      await expect(page.getByRole('heading', { level: 2, name: '4 commitments match' })).toBeVisible();

      // Back past the reload loads the page from the server again: the search button needs the app.
      await waitForHydration(page);
      await page.getByRole('searchbox', { name: 'Search commitments' }).fill('definition');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\?deadline=OVERDUE&q=definition$/);
      await expect(page.getByRole('heading', { level: 2, name: '1 commitment matches' })).toBeVisible();
      await expect(page.getByRole('link', { name: /^C3 / })).toBeVisible();
    });

    test('an empty result says so and offers to clear the filters', async ({ page }) => {
      await page.goto(`${COMMITMENTS}?q=no-such-words-anywhere`);

      await expect(page.getByRole('heading', { name: 'No commitment matches this search' })).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `commitments-list-empty-${viewport.width}`);

      await page.getByRole('link', { name: 'Clear all filters' }).last().click();
      await expect(page).toHaveURL(new RegExp(`${COMMITMENTS}$`));
      await expect(page.getByRole('heading', { level: 2, name: '12 commitments' })).toBeVisible();
    });
  });
}
