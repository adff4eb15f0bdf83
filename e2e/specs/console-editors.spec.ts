import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { PLAN, REPORT, VIEWPORTS } from '../fixtures/demo';

// These specs only read the demo plan and report (the duplicate is refused, so nothing is added).

for (const viewport of VIEWPORTS) {
  test.describe(`console editors at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page }) => {
      await signIn(page, 'executive');
    });

    test('the report editor: the report’s form, its recommendations and its history', async ({ page }) => {
      await page.goto(`/console/reports/${REPORT}`);

      await expect(
        page.getByRole('heading', { level: 1, name: 'Islamophobia and the Muslim Experience' }),
      ).toBeVisible();
      await expect(page).toHaveTitle('Edit Islamophobia and the Muslim Experience – Console – Action Plan Tracker');
      await expect(page.getByRole('form', { name: 'Edit the report' }).getByLabel('Title')).toHaveValue(
        'Islamophobia and the Muslim Experience',
      );
      await expect(page.getByRole('heading', { level: 3, name: /^R1 / })).toBeVisible();
      await expect(page.getByRole('link', { name: 'See the public page of this report' })).toHaveAttribute(
        'href',
        `/labour-muslim-network/reports/${REPORT}`,
      );
      await expect(
        page
          .getByRole('region', { name: 'History of the report' })
          .getByText(/No edits|change/)
          .first(),
      ).toBeVisible();

      await expectNoAxeViolations(page);
      await screenshot(page, `console-report-editor-${viewport.width}`);
    });

    test('the plan editor: the plan’s form and its commitments, each leading to its editor', async ({ page }) => {
      await page.goto(`/console/plans/${PLAN}`);

      await expect(page.getByRole('heading', { level: 1, name: 'Islamophobia Action Plan' })).toBeVisible();
      const c3 = page.getByRole('link', { name: /^C3 Adopt a definition of Islamophobia/ });
      await expect(c3).toHaveAttribute('href', `/console/plans/${PLAN}/commitments/C3`);
      await expect(page.getByRole('link', { name: 'See the public dashboard of this plan' })).toBeVisible();

      await expectNoAxeViolations(page);
      await screenshot(page, `console-plan-editor-${viewport.width}`);
    });

    test('adding a commitment with a reference already used shows the error on the reference field', async ({
      page,
    }) => {
      await page.goto(`/console/plans/${PLAN}`);
      const form = page.getByRole('form', { name: 'Add a commitment' });
      await form.getByLabel('Reference').fill('C3');
      await form.getByLabel('Title').fill('A second C3 that must be refused');
      await form.getByRole('button', { name: 'Add the commitment' }).click();

      const reference = form.getByLabel('Reference');
      await expect(reference).toHaveAttribute('aria-invalid', 'true');
      await expect(reference).toHaveAccessibleDescription(/The reference "C3" is already used in this plan/);
      await expect(reference).toBeFocused();
      await expect(form.getByLabel('Title')).toHaveValue('A second C3 that must be refused');

      await expectNoAxeViolations(page);
      await screenshot(page, `console-plan-editor-duplicate-${viewport.width}`);
    });

    test('the commitment editor: its form, links, milestones, status composer and history', async ({ page }) => {
      await page.goto(`/console/plans/${PLAN}/commitments/C4`);

      await expect(
        page.getByRole('heading', { level: 1, name: /^C4 Publish Islamophobia complaints data/ }),
      ).toBeVisible();
      await expect(page.getByRole('form', { name: 'Edit C4' }).getByLabel('Reference')).toHaveValue('C4');
      await expect(page.getByRole('heading', { level: 3, name: 'Second quarterly report' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'History' }).getByText('Due date changed')).toBeVisible();
      await expect(page.getByRole('link', { name: 'See the public page of this commitment' })).toHaveAttribute(
        'href',
        `/labour-muslim-network/${PLAN}/commitments/C4`,
      );

      await expectNoAxeViolations(page);
      await screenshot(page, `console-commitment-editor-${viewport.width}`);
    });
  });
}
