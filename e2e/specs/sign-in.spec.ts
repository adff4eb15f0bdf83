import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';

const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('an anonymous visitor opening the console is sent to sign in', async ({ page }) => {
      await page.goto('/console');

      await expect(page).toHaveURL(/\/sign-in\?next=%2Fconsole$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await expect(page).toHaveTitle('Sign in – Action Plan Tracker');

      await expectNoAxeViolations(page);
      await screenshot(page, `sign-in-${viewport.width}`);
    });

    test('a wrong password says so and keeps the email', async ({ page }) => {
      await page.goto('/');
      const headerLink = page.getByRole('banner').getByRole('link', { name: 'Sign in' });
      await expect(headerLink).toBeVisible();
      await headerLink.click();

      await page.getByLabel('Email').fill('nobody@example.org');
      await page.getByLabel('Password').fill('certainly not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();

      await expect(page.getByText('Email or password is wrong.')).toBeVisible();
      await expect(page.getByLabel('Email')).toHaveValue('nobody@example.org');

      await expectNoAxeViolations(page);
      await screenshot(page, `sign-in-wrong-password-${viewport.width}`);
    });
  });
}
