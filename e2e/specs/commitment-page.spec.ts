import { demoDate, expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { commitmentPath, REPORT_PAGE, VIEWPORTS } from '../fixtures/demo';

for (const viewport of VIEWPORTS) {
  test.describe(`commitment page at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('C3: the lenses side by side with the disagreement, the history and the party’s response', async ({
      page,
    }) => {
      await page.goto(commitmentPath('C3'));

      await expect(
        page.getByRole('heading', { level: 1, name: /^C3 Adopt a definition of Islamophobia/ }),
      ).toBeVisible();
      await expect(page).toHaveTitle(/^C3: Adopt a definition of Islamophobia/);
      await expect(page.getByText('The two accounts disagree')).toBeVisible();
      await expect(
        page.getByText(
          'Labour Party reports this commitment as Substantial; Labour Muslim Network assesses it as Limited.',
        ),
      ).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Assessment' }).getByText('Limited', { exact: true }),
      ).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Party’s account' }).getByText('Substantial', { exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('region', { name: 'Deadline' }).getByText('Overdue', { exact: true })).toBeVisible();
      await expect(page.getByText(`No public evidence as of ${demoDate(-380)}.`).first()).toBeVisible();

      const comments = page.getByRole('region', { name: 'Comments and responses' });
      await expect(comments.getByText('Party’s response: disagrees with the assessment')).toBeVisible();
      // Markdown is rendered, not shown as markup.
      await expect(comments.locator('strong', { hasText: 'not' })).toBeVisible();

      const answers = page.getByRole('region', { name: 'Recommendations it answers' });
      await expect(answers.getByRole('link', { name: /^R1 / })).toHaveAttribute(
        'href',
        `${REPORT_PAGE}#recommendation-R1`,
      );

      await expectNoAxeViolations(page);
      await screenshot(page, `commitment-C3-${viewport.width}`);
    });

    test('C4: a missed milestone, a revised due date as a diff, and a hidden comment', async ({ page }) => {
      await page.goto(commitmentPath('C4'));

      await expect(
        page.getByRole('heading', { level: 1, name: /^C4 Publish Islamophobia complaints data/ }),
      ).toBeVisible();
      const milestones = page.getByRole('region', { name: 'Milestones' });
      const missed = milestones.getByRole('listitem').filter({ hasText: 'Second quarterly report' });
      await expect(missed.getByText('Missed')).toBeVisible();
      await expect(missed.getByText('Reason: lack of resources.')).toBeVisible();

      const history = page.getByRole('region', { name: 'History' });
      await expect(history.getByText('Due date changed')).toBeVisible();
      await expect(history.locator('del')).toHaveText(`[removed: ${demoDate(-240)}]`);
      await expect(history.locator('ins')).toHaveText(`[added: ${demoDate(-60)}]`);
      await expect(history.getByText('Official document').first()).toBeVisible();

      await expect(
        page.getByRole('region', { name: 'Comments and responses' }).getByText('Hidden by moderators.'),
      ).toBeVisible();

      await expectNoAxeViolations(page);
      await screenshot(page, `commitment-C4-${viewport.width}`);
    });

    test('C10: an abandoned commitment with a correction entry', async ({ page }) => {
      await page.goto(commitmentPath('C10'));

      const history = page.getByRole('region', { name: 'History' });
      await expect(history.getByText(/^Corrects the entry of /)).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Assessment' }).getByText('Abandoned', { exact: true }),
      ).toBeVisible();
      await expect(history.getByText('Reason: replaced by another commitment').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
