import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

describe('serving the dashboard beside the API', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'tracker-web-'));
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tracker</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app");');
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
    for (const path of ['/', '/healthz']) {
      const response = await fetch(`${t.url}${path}`);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
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
