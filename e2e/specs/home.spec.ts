import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';

const ORGANISATIONS = ['Labour Muslim Network', 'BAME Labour', 'LGBT+ Labour'];

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('home lists the organisations and their plans', async ({ page }) => {
      await page.goto('/');

      for (const name of ORGANISATIONS) {
        await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
      }

      const lmnPlan = page.getByRole('link', { name: /Islamophobia Action Plan/ });
      await expect(lmnPlan).toBeVisible();
      await expect(lmnPlan).toHaveAttribute('href', /islamophobia-action-plan/);
      // The headline comes from the ledger of the demo plan: 18 of its 40 milestones are complete.
      const lmnCard = page.getByRole('article', { name: 'Islamophobia Action Plan' });
      await expect(lmnCard.getByText('18 of 40 milestones complete (45%)')).toBeVisible();
      await expect(lmnCard.getByRole('progressbar', { name: 'Milestones complete' })).toHaveAttribute(
        'aria-valuenow',
        '18',
      );

      await expect(page).toHaveTitle(/\S/);

      await expectNoAxeViolations(page);
      await screenshot(page, `home-${viewport.width}`);
    });

    test('an unknown path shows a not-found message', async ({ page }) => {
      await page.goto('/no-such-page');

      await expect(page.getByText(/not found/i).first()).toBeVisible();
      await expect(page).toHaveTitle(/\S/);

      await expectNoAxeViolations(page);
      await screenshot(page, `not-found-${viewport.width}`);
    });
  });
}
