import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot, waitForHydration } from '../fixtures';
import { commitmentPath, DASHBOARD, ORG, VIEWPORTS } from '../fixtures/demo';

for (const viewport of VIEWPORTS) {
  test.describe(`errors at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('an unknown plan shows the not-found page, from the API’s NOT_FOUND', async ({ page }) => {
      await page.goto(`/${ORG}/no-such-plan`);

      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByText(/There is no plan at this address/)).toBeVisible();
      await expect(page).toHaveTitle('Page not found – Action Plan Tracker');
      await expectNoAxeViolations(page);
      await screenshot(page, `not-found-plan-${viewport.width}`);
    });

    test('an unknown commitment reference shows the not-found page', async ({ page }) => {
      await page.goto(commitmentPath('C99'));
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      await expect(page.getByText(/There is no commitment at this address/)).toBeVisible();
    });

    test('when the API cannot be reached, the page says so and recovers on "Try again"', async ({ page }) => {
      // The dashboard comes rendered on the server with its data: the API is missed when the app
      // asks for a page itself, after a link is followed inside it.
      await page.goto('/');
      await waitForHydration(page);
      await page.route('**/graphql', (route) => route.abort('connectionrefused'));
      await page.getByRole('link', { name: 'Islamophobia Action Plan' }).click();
      await expect(page).toHaveURL(DASHBOARD);

      const alert = page.getByRole('alert');
      await expect(alert.getByRole('heading', { level: 1, name: 'The plan could not be loaded' })).toBeVisible();
      await expect(page).toHaveTitle('The plan could not be loaded – Action Plan Tracker');
      await expect(alert.getByText(/could not reach the tracker’s server/)).toBeVisible();
      await expectNoAxeViolations(page);
      await screenshot(page, `api-down-${viewport.width}`);

      await page.unroute('**/graphql');
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Islamophobia Action Plan' })).toBeVisible();
    });
  });
}
