import { expect, test } from '../fixtures/clock';
import { screenshot, waitForHydration } from '../fixtures';
import { commitmentPath, COMMITMENTS, DASHBOARD, REPORT_PAGE } from '../fixtures/demo';

/**
 * The public pages come rendered on the server with their data (docs/architecture.md, "A public
 * page, rendered on the server"): readable on a phone with JavaScript off, and taken over by the
 * app without asking the API again. (axe runs in the page, so it cannot scan one without
 * JavaScript; the other specs scan these pages, rendered on the server, with it.)
 */
test.describe('public pages rendered on the server, on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the dashboard shows its headline figures and a commitment its three lenses', async ({ page }) => {
      await page.goto(DASHBOARD);
      await expect(page.getByRole('heading', { level: 1, name: 'Islamophobia Action Plan' })).toBeVisible();
      await expect(page).toHaveTitle('Islamophobia Action Plan – Labour Muslim Network – Action Plan Tracker');
      const glance = page.getByRole('region', { name: 'At a glance' });
      await expect(glance.getByText('18 of 40 milestones complete (45%)')).toBeVisible();
      await expect(glance.getByText('10 of 12 commitments assessed')).toBeVisible();
      await expect(glance.getByText('+2 not yet assessed')).toBeVisible();
      // The bars have their length without an inline style (the CSP would refuse one).
      const fill = page.getByRole('progressbar', { name: 'Milestones complete' }).locator('.progress__fill');
      const [filled, track] = await Promise.all([
        fill.evaluate((element) => element.getBoundingClientRect().width),
        fill.evaluate((element) => element.parentElement!.getBoundingClientRect().width),
      ]);
      expect(filled / track).toBeCloseTo(0.45, 1);
      await screenshot(page, 'server-rendered-dashboard-no-js-375');

      // A plain link leads to the next page, rendered on the server too.
      await page
        .getByRole('link', { name: /^C3 Adopt a definition of Islamophobia/ })
        .first()
        .click();
      await expect(page).toHaveURL(commitmentPath('C3'));
      await expect(
        page.getByRole('heading', { level: 1, name: /^C3 Adopt a definition of Islamophobia/ }),
      ).toBeVisible();
      const lenses = { Assessment: 'Limited', 'Party’s account': 'Substantial', Deadline: 'Overdue' };
      for (const [lens, status] of Object.entries(lenses)) {
        await expect(page.getByRole('region', { name: lens }).getByText(status, { exact: true })).toBeVisible();
      }
      await screenshot(page, 'server-rendered-commitment-no-js-375');
    });
  });

  test('with JavaScript on, each page hydrates without a GraphQL request or a console error, and links still work in the app', async ({
    page,
  }) => {
    const graphql: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') graphql.push(request.postData() ?? '');
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    // Each public page: hydrated (its chunk has run, React has taken over the server's markup)
    // with no request to the API and no warning.
    for (const path of ['/', COMMITMENTS, commitmentPath('C4'), REPORT_PAGE, DASHBOARD]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await waitForHydration(page);
      expect({ path, graphql }, 'GraphQL requests before the page was interactive').toEqual({ path, graphql: [] });
      expect({ path, problems }, 'console errors and warnings (hydration mismatches included)').toEqual({
        path,
        problems: [],
      });
    }
    await expect(page.getByText('18 of 40 milestones complete (45%)')).toBeVisible();

    // A link is followed inside the app (no new document), which asks the API for the next page.
    await page.evaluate(() => Object.assign(window, { stayedInTheApp: true }));
    await page
      .getByRole('link', { name: /^C3 Adopt a definition of Islamophobia/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /^C3 Adopt a definition of Islamophobia/ })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayedInTheApp?: boolean }).stayedInTheApp)).toBe(true);
    expect(graphql.length).toBeGreaterThan(0);
    expect(problems, 'console errors and warnings (hydration mismatches included)').toEqual([]);
    await screenshot(page, 'server-rendered-commitment-after-navigation-375');
  });

  test('a commitment’s Markdown is taken over as the server rendered it, never made again in the browser', async ({
    page,
  }) => {
    // The blocks the server sent, noted before any script of the app runs.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () =>
        Object.assign(window, { serverBlocks: [...document.querySelectorAll('[data-markdown]')] }),
      );
    });
    await page.goto(commitmentPath('C1'));
    await waitForHydration(page);
    // Every block on the page belongs to React: taken over, or made again.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-markdown]')].every((block) =>
            Object.keys(block).some((key) => key.startsWith('__reactFiber')),
          ),
        ),
      )
      .toBe(true);
    const blocks = await page.evaluate(() => {
      const sent = (window as unknown as { serverBlocks: Element[] }).serverBlocks;
      return { sent: sent.length, kept: sent.filter((block) => block.isConnected).length };
    });
    expect(blocks.sent).toBeGreaterThan(3);
    expect(blocks.kept).toBe(blocks.sent);
  });
});
