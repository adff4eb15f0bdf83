import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

/** A built dashboard in miniature: a page, a hashed asset with its source map, a favicon and a dotfile. */
function webDist(): string {
  const web = mkdtempSync(join(tmpdir(), 'tracker-web-'));
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tracker</title><div id="root"></div>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(web, 'assets', 'app.js.map'), '{"version":3,"sources":["app.ts"]}');
  writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(web, '.env'), 'SECRET=1');
  return web;
}

const HEADERS_OF_EVERY_RESPONSE = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

describe('serving the dashboard beside the API', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = webDist();
    t = await startTestApp({ seed: false, env: { WEB_DIST: web } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('serves the built files', async () => {
    const response = await fetch(`${t.url}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('console.log');
  });

  it.each(['/', '/labour-muslim-network/islamophobia-action-plan', '/labour-muslim-network/reports/x?y=1'])(
    'answers the page %s with index.html so the client router can show it',
    async (path) => {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<div id="root">');
    },
  );

  it.each(['/assets/missing.js', '/graphql/unknown', '/favicon.ico'])('keeps a real 404 for %s', async (path) => {
    const response = await fetch(`${t.url}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<div id="root">');
  });

  it('sends the security headers on pages and on the API', async () => {
    const responses = [
      ...(await Promise.all(
        ['/', '/healthz', '/assets/app.js', '/assets/missing.js'].map((p) => fetch(`${t.url}${p}`)),
      )),
      await t.post({ query: '{ organisations { slug } }' }),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(
        Object.fromEntries(Object.keys(HEADERS_OF_EVERY_RESPONSE).map((h) => [h, response.headers.get(h)])),
      ).toEqual(HEADERS_OF_EVERY_RESPONSE);
      // Over plain HTTP, no HSTS; and nothing that would stop the page loading its own files.
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('cross-origin-embedder-policy')).toBeNull();
    }
  });

  it('caches hashed assets for a year and has pages and other files revalidated', async () => {
    const cacheOf = async (path: string): Promise<string | null> =>
      (await fetch(`${t.url}${path}`)).headers.get('cache-control');
    expect(await cacheOf('/assets/app.js')).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/index.html', '/labour-muslim-network/islamophobia-action-plan', '/favicon.svg']) {
      expect(await cacheOf(page)).toBe('no-cache');
    }
  });

  it('never serves a dotfile', async () => {
    const response = await fetch(`${t.url}/.env`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('serves source maps outside production', async () => {
    expect((await fetch(`${t.url}/assets/app.js.map`)).status).toBe(200);
  });

  it('refuses a GET without a preflight-forcing header (CSRF prevention) and batched operations', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ organisations { slug } }')}`);
    expect(get.status).toBe(400);
    const batch = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ organisations { slug } }' }, { query: '{ organisations { slug } }' }]),
    });
    expect(batch.status).toBe(400);
  });
});

describe('serving the dashboard in production over HTTPS', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = webDist();
    t = await startTestApp({
      seed: false,
      env: { WEB_DIST: web, NODE_ENV: 'production', PUBLIC_URL: 'https://tracker.example.org' },
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('tells browsers to use HTTPS only, for a year, when PUBLIC_URL is https', async () => {
    for (const response of [await fetch(`${t.url}/`), await t.post({ query: '{ organisations { slug } }' })]) {
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    }
  });

  it.each(['/assets/app.js.map', '/assets/app.js.%6dap'])(
    'does not serve the source map %s in production',
    async (path) => {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('sources');
    },
  );
});
