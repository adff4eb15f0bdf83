import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { commitmentPath, FINDINGS, REPORT_PAGE, VIEWPORTS } from '../fixtures/demo';

for (const viewport of VIEWPORTS) {
  test.describe(`report page at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('shows the seven findings, every recommendation with what answers it, and the gaps', async ({ page }) => {
      await page.goto(REPORT_PAGE);

      await expect(
        page.getByRole('heading', { level: 1, name: 'Islamophobia and the Muslim Experience' }),
      ).toBeVisible();
      await expect(page).toHaveTitle(
        'Islamophobia and the Muslim Experience – Labour Muslim Network – Action Plan Tracker',
      );
      const findings = page.getByRole('list', { name: 'Key findings of Islamophobia and the Muslim Experience' });
      await expect(findings.locator('.findings__value')).toHaveText(FINDINGS);
      await expect(findings.getByText('directly experienced Islamophobia within the party')).toBeVisible();

      await expect(page.getByRole('article')).toHaveCount(10);
      const r1 = page.getByRole('article', { name: /^R1 / });
      await expect(r1.getByText('Accepted in full')).toBeVisible();
      await expect(r1.getByRole('link', { name: /^C3 / })).toHaveAttribute('href', commitmentPath('C3'));

      await expect(page.getByText('2 gaps: recommendations with no commitment')).toBeVisible();
      const r9 = page.getByRole('article', { name: /^R9 / });
      await expect(r9.getByText('Gap: no commitment yet')).toBeVisible();
      await expect(page.getByRole('article', { name: /^R10 / }).getByText('Accepted in part')).toBeVisible();

      await expectNoAxeViolations(page);
      await screenshot(page, `report-${viewport.width}`);
    });
  });
}
