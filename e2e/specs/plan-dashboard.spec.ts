import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot, waitForHydration } from '../fixtures';
import { DASHBOARD, FINDINGS, VIEWPORTS } from '../fixtures/demo';

for (const viewport of VIEWPORTS) {
  test.describe(`plan dashboard at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('shows the headline, what needs attention, themes, progress and the key findings', async ({ page }) => {
      await page.goto(DASHBOARD);

      await expect(page.getByRole('heading', { level: 1, name: 'Islamophobia Action Plan' })).toBeVisible();
      await expect(page).toHaveTitle('Islamophobia Action Plan – Labour Muslim Network – Action Plan Tracker');
      await expect(page.getByText('Illustrative data').first()).toBeVisible();

      // Milestones and the assessment distribution, kept apart.
      await expect(page.getByText('18 of 40 milestones complete (45%)')).toBeVisible();
      const bar = page.getByRole('progressbar', { name: 'Milestones complete' });
      await expect(bar).toHaveAttribute('aria-valuenow', '18');
      await expect(bar).toHaveAttribute('aria-valuemax', '40');
      const glance = page.getByRole('region', { name: 'At a glance' });
      await expect(glance.getByText('10 of 12 commitments assessed')).toBeVisible();
      await expect(
        glance.getByRole('img', { name: /^Commitments by assessment: 10 assessed commitments/ }),
      ).toBeVisible();
      await expect(glance.getByText('+2 not yet assessed')).toBeVisible();

      // A known overdue commitment, the disagreement, and the unverifiable one.
      const overdue = page.getByRole('region', { name: 'Overdue (4)' });
      await expect(overdue.getByRole('link', { name: /^C4 Publish Islamophobia complaints data/ })).toBeVisible();
      await expect(overdue.getByRole('link', { name: /^C3 Adopt a definition/ })).toBeVisible();
      const differs = page.getByRole('region', { name: 'The party’s account differs (1)' });
      await expect(differs.getByRole('link', { name: /^C3 / })).toBeVisible();
      await expect(differs.getByText('Party says: Substantial')).toBeVisible();
      const unverifiable = page.getByRole('region', { name: 'Cannot be checked (1)' });
      await expect(unverifiable.getByRole('link', { name: /^C9 / })).toBeVisible();

      await expect(
        page.getByRole('region', { name: 'By theme' }).getByRole('link', { name: 'Complaints' }),
      ).toBeVisible();
      await expect(page.getByRole('img', { name: /^Milestones complete, from .* rose from \d+ to 18/ })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Latest updates' }).getByRole('listitem')).toHaveCount(6);
      const findings = page.getByRole('list', { name: 'Key findings of Islamophobia and the Muslim Experience' });
      await expect(findings.locator('.findings__value')).toHaveText(FINDINGS);

      await page.getByText('How these numbers are computed').first().click();
      await expect(page.getByText(/Percentages are of the assessed commitments only/)).toBeVisible();

      await expectNoAxeViolations(page);
      await screenshot(page, `plan-dashboard-${viewport.width}`);
    });

    test('the overdue figure leads to the overdue commitments', async ({ page }) => {
      await page.goto(DASHBOARD);
      // Before the app takes over, the link is a plain page load, which moves no focus.
      await waitForHydration(page);
      await page.getByRole('link', { name: '4 overdue' }).click();

      await expect(page).toHaveURL(/\/commitments\?deadline=OVERDUE$/);
      await expect(page.getByRole('heading', { level: 2, name: '4 commitments match' })).toBeVisible();
      await expect(page.getByRole('main')).toBeFocused();
    });
  });
}
