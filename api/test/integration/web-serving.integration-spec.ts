import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, TestApp } from './support/test-app';

const SCRIPT = `console.log(${JSON.stringify('app '.repeat(500))});`;

/**
 * A built dashboard in miniature: a page, a hashed asset with its source map and the Brotli and
 * gzip copies the build writes, a stylesheet without copies, a favicon and a dotfile.
 */
function webDist(): string {
  const web = mkdtempSync(join(tmpdir(), 'tracker-web-'));
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tracker</title><div id="root"></div>');
  writeFileSync(join(web, 'assets', 'app.js'), SCRIPT);
  writeFileSync(join(web, 'assets', 'app.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(web, 'assets', 'app.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(web, 'assets', 'app.js.map'), '{"version":3,"sources":["app.ts"]}');
  writeFileSync(join(web, 'assets', 'app.css'), 'body { margin: 0; }');
  writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(web, '.env'), 'SECRET=1');
  return web;
}

/** A GET as sent, without fetch's own Accept-Encoding or decompression: status, headers and the bytes. */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
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

  it('sends the Brotli or gzip copy of a file to a browser that accepts it, and the file itself otherwise', async () => {
    const url = `${t.url}/assets/app.js`;
    const brotli = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(SCRIPT);
    const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    const plain = await rawGet(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    for (const answer of [brotli, gzip, plain]) {
      expect(answer.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // A shared cache keeps one copy per encoding, and never hands Brotli to a browser that asked for none.
      expect(answer.headers.vary).toContain('accept-encoding');
    }
    // Each encoding is a representation of its own, with an ETag of its own.
    expect(new Set([brotli, gzip, plain].map((answer) => answer.headers.etag)).size).toBe(3);
    // A file the build left without copies is sent as it is.
    const css = await rawGet(`${t.url}/assets/app.css`, { 'accept-encoding': 'br' });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.body.toString()).toBe('body { margin: 0; }');
  });

  it('sends a hashed asset from memory as the ordinary way sends it from the disk, and 304 for its tag', async () => {
    // A query string is left to the ordinary way (@fastify/static), which serves the same file.
    const own = (answer: { headers: IncomingHttpHeaders }) => {
      const { date: _date, 'x-request-id': id, ...rest } = answer.headers;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      return rest;
    };
    for (const path of ['/assets/app.js', '/assets/app.css']) {
      for (const encoding of ['gzip, deflate, br', 'gzip', 'identity']) {
        const early = await rawGet(`${t.url}${path}`, { 'accept-encoding': encoding });
        const ordinary = await rawGet(`${t.url}${path}?from-disk`, { 'accept-encoding': encoding });
        expect(early.status).toBe(200);
        expect(own(early)).toEqual(own(ordinary));
        expect(early.body.equals(ordinary.body)).toBe(true);
        const again = await rawGet(`${t.url}${path}`, {
          'accept-encoding': encoding,
          'if-none-match': String(early.headers.etag),
        });
        expect(again.status).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers).toMatchObject({ ...HEADERS_OF_EVERY_RESPONSE, etag: early.headers.etag });
      }
    }
    // A range is the ordinary way's to answer.
    const range = await rawGet(`${t.url}/assets/app.js`, { range: 'bytes=0-10' });
    expect(range.status).toBe(206);
    expect(range.body.toString()).toBe(SCRIPT.slice(0, 11));
  });

  it.each(['/', '/labour-muslim-network/islamophobia-action-plan', '/favicon.svg', '/assets/app.js'])(
    'has %s revalidated with its ETag: unchanged, it is answered 304 without a body',
    async (path) => {
      const first = await rawGet(`${t.url}${path}`, { 'accept-encoding': 'br' });
      const etag = first.headers.etag;
      expect(etag).toBeTruthy();
      const again = await rawGet(`${t.url}${path}`, { 'accept-encoding': 'br', 'if-none-match': etag as string });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
      const changed = await rawGet(`${t.url}${path}`, { 'accept-encoding': 'br', 'if-none-match': 'W/"other"' });
      expect(changed.status).toBe(200);
    },
  );

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
