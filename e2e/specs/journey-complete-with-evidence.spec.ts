import { expect, test } from '../fixtures/clock';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, screenshot } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, DASHBOARD, PLAN } from '../fixtures/demo';

/*
 * The executive marks a commitment Complete with its evidence in the console, and the public
 * dashboard counts it. The database is shared by every spec of a run, so each screen size
 * moves a different commitment that no other spec's figures depend on: C6 (not started, due
 * in 200 days, no party account) and C11 (substantial, due in 120 days, no party account).
 * Neither is overdue, neither gains a disagreement, and no milestone changes.
 */

const CASES = [
  { viewport: { width: 375, height: 812 }, reference: 'C11', from: 'Substantial' },
  { viewport: { width: 1280, height: 800 }, reference: 'C6', from: 'Not started' },
] as const;

/** The dashboard's count of commitments per assessment, read from the distribution bar's description. */
async function assessmentCounts(page: Page): Promise<Record<string, number>> {
  await page.goto(DASHBOARD);
  const bar = page
    .getByRole('region', { name: 'At a glance' })
    .getByRole('img', { name: /^Commitments by assessment:/ });
  const label = (await bar.getAttribute('aria-label')) ?? '';
  const counts: Record<string, number> = {};
  for (const match of label.matchAll(/(Complete|Substantial|Limited|Not started|Abandoned) (\d+) \(/g)) {
    counts[match[1]] = Number(match[2]);
  }
  return counts;
}

for (const { viewport, reference, from } of CASES) {
  test.describe(`a complete assessment with evidence at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // A journey: signing in, several pages and an accessibility check each.
    test.slow();

    test(`the executive marks ${reference} complete in the console, and the dashboard counts it`, async ({ page }) => {
      const before = await assessmentCounts(page);
      expect(before[from], `${reference} is ${from} in the demo`).toBeGreaterThan(0);

      await signIn(page, 'executive');
      await page.goto(`/console/plans/${PLAN}/commitments/${reference}`);
      const composer = page.getByRole('form', { name: new RegExp(`^New update on ${reference} · `) });
      await expect(composer).toBeVisible();

      await composer.getByRole('radio', { name: 'Assessment' }).check();
      await composer.getByRole('radio', { name: 'Complete' }).check();
      await composer
        .getByLabel('What has happened (optional)')
        .fill('The work is done and **published**; the report below shows it.');
      const source = composer.getByRole('group', { name: 'Source 1' });
      await source.getByLabel('Link').fill(`https://example.org/e2e/${reference.toLowerCase()}-final-report`);
      await source.getByLabel('Title').fill(`${reference} final report`);
      await source.getByLabel('Kind of source').selectOption('OFFICIAL_DOCUMENT');
      await source.getByLabel('Published (optional)').fill('2026-01-15');
      await expectNoAxeViolations(page);
      await screenshot(page, `journey-complete-with-evidence-composer-${viewport.width}`);

      await composer.getByRole('button', { name: 'Post update' }).click();
      await expect(
        composer.getByText('Update posted: the assessment is now Complete. It is part of the public record.'),
      ).toBeVisible();
      // The draft is gone: the form is ready for the next update.
      await expect(composer.getByRole('radio', { name: 'Complete' })).not.toBeChecked();
      await screenshot(page, `journey-complete-with-evidence-posted-${viewport.width}`);

      // The public record: the commitment's assessment, with its evidence.
      await page.goto(commitmentPath(reference));
      const assessment = page.getByRole('region', { name: 'Assessment' });
      await expect(assessment.getByText('Complete', { exact: true })).toBeVisible();
      await expect(assessment.getByRole('link', { name: new RegExp(`${reference} final report`) })).toBeVisible();

      // The dashboard: one more Complete, one fewer where it came from.
      const after = await assessmentCounts(page);
      expect(after['Complete']).toBe((before['Complete'] ?? 0) + 1);
      expect(after[from] ?? 0).toBe(before[from] - 1);
      await screenshot(page, `journey-complete-with-evidence-dashboard-${viewport.width}`);
    });
  });
}
