import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/clock';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, DASHBOARD } from '../fixtures/demo';

/** The most the page may move while it loads (Lighthouse's CLS target of docs/performance.md). */
const MOST_SHIFT = 0.05;
/** How late the GraphQL answers arrive, as on a phone's network, so that whatever the page shows before its data is painted. */
const DATA_DELAY_MS = 600;
/** Long enough for the chunks and charts a page loads once shown. */
const SETTLE_MS = 1_000;

interface Shift {
  value: number;
  startTime: number;
  moved: string[];
}

/**
 * Records, in the page from its first byte, every layout shift not caused by input (the entries
 * cumulative layout shift adds up), and the time of the first contentful paint.
 */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    const paints: string[] = [];
    Object.assign(window, { layoutShifts: shifts, paints });
    // Observed rather than read from `performance`, which the test clock replaces.
    new PerformanceObserver((list) => paints.push(...list.getEntries().map((entry) => entry.name))).observe({
      type: 'paint',
      buffered: true,
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const moved = entry.sources.map((source) => {
          const node = source.node;
          return node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName);
        });
        shifts.push({ value: entry.value, startTime: entry.startTime, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the page has painted its content and loaded what it loads after; returns its shifts. */
async function shiftsOnceSettled(page: Page, heading: RegExp | string): Promise<{ total: number; shifts: Shift[] }> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(SETTLE_MS);
  const { shifts, painted } = await page.evaluate(() => {
    const recorded = window as unknown as { layoutShifts: Shift[]; paints: string[] };
    return { shifts: recorded.layoutShifts, painted: recorded.paints.includes('first-contentful-paint') };
  });
  expect(painted, 'the page was painted').toBe(true);
  return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts };
}

test.describe('layout shift at 375×812', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test.beforeEach(async ({ page }) => {
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, DATA_DELAY_MS));
      await route.fallback();
    });
    await recordShifts(page);
  });

  for (const { name, path, heading } of [
    { name: 'the plan dashboard', path: DASHBOARD, heading: 'Islamophobia Action Plan' },
    { name: 'a commitment page', path: commitmentPath('C3'), heading: /^C3 Adopt a definition of Islamophobia/ },
  ]) {
    test(`${name} moves by at most ${MOST_SHIFT} while its content arrives`, async ({ page }) => {
      await page.goto(path);
      const { total, shifts } = await shiftsOnceSettled(page, heading);
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MOST_SHIFT);
    });
  }

  test('the dashboard does not move when the header learns who is signed in', async ({ page }) => {
    await signIn(page, 'longName');
    await page.goto(DASHBOARD);
    const { total, shifts } = await shiftsOnceSettled(page, 'Islamophobia Action Plan');
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MOST_SHIFT);
  });

  test('the measure sees a shift: a block pushed in above the content counts', async ({ page }) => {
    await page.goto(DASHBOARD);
    const before = (await shiftsOnceSettled(page, 'Islamophobia Action Plan')).total;
    await page.evaluate(() => {
      const block = document.createElement('div');
      block.style.height = '300px';
      document.querySelector('main')?.prepend(block);
    });
    await page.waitForTimeout(SETTLE_MS);
    const after = await page.evaluate(() =>
      (window as unknown as { layoutShifts: Shift[] }).layoutShifts.reduce((sum, shift) => sum + shift.value, 0),
    );
    expect(after - before).toBeGreaterThan(MOST_SHIFT);
  });
});
