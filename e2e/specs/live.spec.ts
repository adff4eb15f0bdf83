import { expect, newContextOnTestClock, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot, waitForHydration } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, DASHBOARD, PLAN } from '../fixtures/demo';

/*
 * Live pages: an anonymous reader's dashboard and commitment page, open in a browser of their own,
 * show an update the executive posts in the console without being reloaded, and say so in a
 * polite live region. C1 (met on time, with evidence) is used because no other spec reads it; the
 * party's account is posted as Complete with evidence, as the network assessed it, so no
 * dashboard figure changes: only the latest updates and C1's history.
 */

const REFERENCE = 'C1';

test('an anonymous reader’s dashboard and commitment page update live when the executive posts', async ({
  page,
  browser,
}) => {
  // Two browsers, signing in, two live pages and an accessibility check of each.
  test.slow();
  const words = `Reported live at ${Date.now()}.`;
  const reader = await newContextOnTestClock(browser, { viewport: { width: 375, height: 812 } });
  const dashboard = await reader.newPage();
  const commitment = await reader.newPage();
  await dashboard.goto(DASHBOARD);
  await commitment.goto(commitmentPath(REFERENCE));
  await Promise.all([waitForHydration(dashboard), waitForHydration(commitment)]);
  // A mark in each page's window: a reload would lose it.
  for (const watched of [dashboard, commitment])
    await watched.evaluate(() => ((window as { liveMark?: boolean }).liveMark = true));
  const dashboardStatus = dashboard
    .getByRole('status')
    .filter({ hasText: /^$|Updated/ })
    .first();
  const commitmentStatus = commitment
    .getByRole('status')
    .filter({ hasText: /^$|Updated/ })
    .first();
  await expect(dashboardStatus).toHaveText('');
  const figuresTop = await dashboard.getByRole('heading', { level: 2 }).first().boundingBox();

  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'executive');
  await page.goto(`/console/plans/${PLAN}/commitments/${REFERENCE}`);
  await waitForHydration(page);
  const composer = page.getByRole('form', { name: new RegExp(`^New update on ${REFERENCE} · `) });
  await composer.getByRole('radio', { name: 'Party’s account' }).check();
  await composer.getByRole('radio', { name: 'Complete' }).check();
  await composer.getByLabel('What has happened (optional)').fill(words);
  const source = composer.getByRole('group', { name: 'Source 1' });
  await source.getByLabel('Link').fill('https://example.org/e2e/live-update');
  await source.getByLabel('Title').fill('Live update source');
  await source.getByLabel('Kind of source').selectOption({ label: 'Public statement' });
  await composer.getByRole('button', { name: 'Post update' }).click();
  await expect(composer.getByText(/^Update posted/)).toBeVisible();

  // The reader's pages, never reloaded, show the update and say so.
  await expect(commitment.getByText(words).first()).toBeVisible();
  await expect(commitmentStatus).toHaveText('Updated just now');
  await expect(dashboard.getByRole('region', { name: 'Latest updates' }).getByText(words)).toBeVisible();
  await expect(dashboardStatus).toHaveText('Updated just now');
  for (const watched of [dashboard, commitment]) {
    expect(await watched.evaluate(() => (window as { liveMark?: boolean }).liveMark)).toBe(true);
  }
  // The live region's line was there all along: nothing above the figures moved.
  expect(await dashboard.getByRole('heading', { level: 2 }).first().boundingBox()).toEqual(figuresTop);

  await expectNoAxeViolations(dashboard);
  await screenshot(dashboard, 'live-dashboard-updated-375');
  await expectNoAxeViolations(commitment);
  await screenshot(commitment, 'live-commitment-updated-375');
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(dashboard);
  await screenshot(dashboard, 'live-dashboard-updated-1280');
  await reader.close();
});

test('a liaison’s console shows how many assessments wait for their response, in its header at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, 'liaison');
  await page.goto('/console');
  const waiting = page.getByRole('region', { name: 'Waiting for your response' }).getByRole('listitem');
  await expect(waiting.first()).toBeVisible();
  const count = page.getByTestId('awaiting-count');
  await expect(count).toBeVisible();
  await expect(count).toHaveText(String(await waiting.count()));
  await expect(page.getByRole('link', { name: /^Overview \(\d+ waiting for your response\)$/ })).toBeVisible();
  // Subscribing announces nothing: only a new assessment does.
  await expect(page.getByRole('status').filter({ hasText: /assessment/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, 'live-liaison-console-375');
});
