import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/clock';
import { expectNoAxeViolations, screenshot, waitForHydration } from '../fixtures';
import { signIn } from '../fixtures/accounts';
import { commitmentPath, DASHBOARD, ORG, PLAN } from '../fixtures/demo';

const EMBED = `/embed/${ORG}/${PLAN}`;

/**
 * The organisation's own website, on another origin (a second local port): a page that frames
 * the embed at 320×400 and, beside it, the tracker's dashboard, which must refuse to be framed.
 */
let site: Server;
let siteUrl: string;

test.beforeAll(async ({ baseURL }) => {
  site = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><title>Our website</title></head><body>
      <h1>Our website</h1>
      <iframe id="embed" src="${baseURL}${EMBED}?size=320x400" title="Our plan" width="320" height="400" style="border:0"></iframe>
      <iframe id="dashboard" src="${baseURL}${DASHBOARD}" title="The dashboard" width="600" height="400"></iframe>
    </body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => site.close(resolve));
});

/** The console's messages that say a frame was refused by its Content-Security-Policy's frame-ancestors. */
function refusals(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/violates the following Content Security Policy directive: "frame-ancestors/.test(message.text()))
      messages.push(message.text());
  });
  return messages;
}

/** The address a frame of the page shows: Chromium's error page for a refused one. */
async function frameUrl(page: Page, selector: string): Promise<string | undefined> {
  return (await (await page.$(selector))?.contentFrame())?.url();
}

test('a page on another origin frames the embed and shows its figures; the dashboard refuses to be framed', async ({
  page,
  baseURL,
}) => {
  const refused = refusals(page);
  await page.goto(siteUrl);
  const embed = page.frameLocator('#embed');
  await expect(embed.getByRole('heading', { level: 1, name: 'Islamophobia Action Plan' })).toBeVisible();
  await expect(embed.getByText('18 of 40 milestones')).toBeVisible();
  await expect(embed.getByText('10 of 12 commitments')).toBeVisible();
  await expect(embed.getByText('4 commitments are overdue')).toBeVisible();
  const link = embed.getByRole('link', { name: 'See the full record (opens in a new tab)' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');
  // The demo plan fits the 320×400 box: nothing to scroll.
  const frame = page.frames().find((candidate) => candidate.url().includes('/embed/'))!;
  expect(
    await frame.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
  ).toEqual([320, 400]);

  await expect.poll(() => refused.join('\n')).toContain(`Framing '${baseURL}/' violates`);
  expect(refused.join('\n')).toContain(`"frame-ancestors 'none'"`);
  await expect.poll(() => frameUrl(page, '#dashboard')).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('#dashboard').getByRole('heading', { name: 'Islamophobia Action Plan' })).toHaveCount(
    0,
  );
  await screenshot(page, 'embed-framed-elsewhere');
});

test('the embed at its two fixed sizes fits without scrolling, with no accessibility violation', async ({ page }) => {
  for (const [width, height] of [
    [320, 400],
    [600, 400],
  ]) {
    await page.setViewportSize({ width, height });
    for (const path of [EMBED, `${EMBED}/C3`]) {
      await page.goto(`${path}?size=${width}x${height}`);
      await expect(page.getByRole('link', { name: /^See (the full record|this commitment)/ })).toBeVisible();
      expect(
        await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]),
      ).toEqual([width, height]);
      await expectNoAxeViolations(page);
      await screenshot(page, `embed-${path.endsWith('C3') ? 'commitment' : 'plan'}-${width}x${height}`);
    }
  }
});

test('“Embed or share” opens the snippets and a preview that loads only then, on a phone and a desktop screen', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const embedRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/embed/')) embedRequests.push(request.url());
  });
  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(DASHBOARD);
    await waitForHydration(page);
    const toggle = page.getByRole('button', { name: 'Embed or share' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(embedRequests).toEqual([]);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = page.getByRole('region', { name: 'Embed or share' });
    const preview = panel.frameLocator('iframe');
    await expect(preview.getByText('18 of 40 milestones')).toBeVisible();
    await expect(panel.getByLabel('Embed, 320 × 400')).toHaveValue(
      `<iframe src="${baseURL}${EMBED}?size=320x400" title="Islamophobia Action Plan" width="320" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    await expect(panel.getByLabel('Badge, Markdown')).toHaveValue(new RegExp(`/badge/${ORG}/${PLAN}\\.svg\\)`));
    await expect(panel.getByLabel('Link to this page')).toHaveValue(`${baseURL}${DASHBOARD}`);

    await panel.getByRole('radio', { name: '600 × 400' }).check();
    await expect(panel.locator('iframe')).toHaveAttribute('src', `${baseURL}${EMBED}?size=600x400`);

    await panel.getByRole('button', { name: 'Copy Embed, 600 × 400' }).click();
    await expect(panel.getByRole('status')).toHaveText('Embed, 600 × 400: copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${EMBED}?size=600x400`);

    await expectNoAxeViolations(page);
    await screenshot(page, `embed-or-share-${viewport.width}`);
    embedRequests.length = 0;
  }
});

test('a commitment’s page offers its own embed, with its three lenses in the preview', async ({ page, baseURL }) => {
  await page.goto(commitmentPath('C3'));
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Embed or share' }).click();
  const panel = page.getByRole('region', { name: 'Embed or share' });
  await expect(panel.frameLocator('iframe').getByText('Party’s account')).toBeVisible();
  await expect(panel.getByLabel('Embed address')).toHaveValue(`${baseURL}${EMBED}/C3`);
});

test('an executive limits the sites that may frame the embeds, and a site not listed is refused', async ({ page }) => {
  await signIn(page, 'executive');
  await page.goto('/console/organisation');
  const form = page.getByRole('form', { name: 'Sites that may embed your plans' });
  const field = form.getByLabel('Sites that may embed your plans');
  await field.fill('http://www.example.org');
  await form.getByRole('button', { name: /^Save/ }).click();
  await expect(form).toContainText('https://host');

  await field.fill('https://www.example.org\nhttps://members.example.org');
  await form.getByRole('button', { name: /^Save/ }).click();
  await expect(form).toContainText(/saved/i);

  const visitor = await page.context().browser()!.newPage();
  const refused = refusals(visitor);
  await visitor.goto(siteUrl);
  await expect
    .poll(() => refused.join('\n'))
    .toContain(`"frame-ancestors 'self' https://www.example.org https://members.example.org"`);
  await expect.poll(() => frameUrl(visitor, '#embed')).toMatch(/^chrome-error:/);
  await expect(visitor.frameLocator('#embed').getByText('18 of 40 milestones')).toHaveCount(0);
  await visitor.close();

  await field.fill('');
  await form.getByRole('button', { name: /^Save/ }).click();
  await expect(form).toContainText(/saved/i);
});
