import type { Response } from '@playwright/test';
import { expect, test } from '../fixtures/clock';
import { commitmentPath, DASHBOARD } from '../fixtures/demo';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

test.describe('what the browser may keep, on the built app', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  for (const path of [DASHBOARD, commitmentPath('C3')]) {
    test(`${path}: files are hashed, kept a year and compressed; the page is revalidated`, async ({
      page,
      baseURL,
    }) => {
      const responses: Response[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).origin === new URL(baseURL ?? '').origin) responses.push(response);
      });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');

      const document = responses.find((response) => response.request().resourceType() === 'document');
      expect(document, 'the page itself').toBeDefined();
      expect(await document?.headerValue('cache-control')).toBe('no-cache');
      expect(await document?.headerValue('etag')).toBeTruthy();

      const files = responses.filter((response) =>
        ['script', 'stylesheet', 'font', 'image'].includes(response.request().resourceType()),
      );
      expect(files.filter((response) => response.url().includes('/assets/')).length).toBeGreaterThan(3);
      for (const file of files) {
        const { pathname } = new URL(file.url());
        // Files whose address must stay the same (the icon, the script that starts the app on a
        // page rendered on the server) are revalidated instead.
        if (pathname === '/favicon.svg' || pathname === '/start-app.js') {
          expect(await file.headerValue('cache-control')).toBe('no-cache');
          continue;
        }
        expect(pathname, 'every file the page loads has a hashed name under /assets/').toMatch(
          /^\/assets\/[\w-]+-[\w-]{8}\.\w+$/,
        );
        expect(await file.headerValue('cache-control'), pathname).toBe(YEAR_IMMUTABLE);
        // The build's compressed copy of any text file worth compressing, in what the browser accepts.
        const size = Number(await file.headerValue('content-length'));
        if (/\.(js|css)$/.test(pathname) && (await file.headerValue('content-encoding')) === null)
          expect(size, `${pathname} was sent uncompressed`).toBeLessThan(1024);
      }
    });
  }
});
