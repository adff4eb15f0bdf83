import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { Caddy, startCaddy } from './support/caddy';
import { AWAITING, liveClient, PLAN_CHANGED, refusalOf, subscribe } from './support/live';
import { openPlainConnection } from './support/plain-sqlite';
import { waitForOutput } from './support/process';
import { send, Sent } from './support/send';
import { copiedDatabase, freePort, preparedDatabase, serve, Served, STARTING_MS } from './support/served';
import { makeTestFolder, TestFolder } from './support/test-database';

const EXECUTIVE = 'executive@example.org';
const PASSWORD = 'a long passphrase for the proxy test';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id } }';
/** Failed sign-ins to one account from one address before that pair waits (small, for speed). */
const PAIR_LIMIT = 3;

const codes = (answer: Sent): (string | undefined)[] =>
  ((JSON.parse(answer.body) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []).map(
    (error) => error.extensions?.code,
  );

/** A sign-in of the executive sent to `port` (HTTPS when `ca` is given) from `localAddress`. */
const signInFrom = (
  target: { port: number; ca?: string },
  localAddress: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Sent> =>
  send({
    ...target,
    path: '/graphql',
    localAddress,
    headers,
    json: { query: LOGIN, variables: { input: { email: EXECUTIVE, password } } },
  });

const SCRIPT = `console.log(${JSON.stringify('app '.repeat(500))});`;

const limits = { LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS: String(PAIR_LIMIT), NODE_ENV: 'production' };

/** The demo with the executive's password set, prepared once; each server runs on a copy. */
let folder: TestFolder;
let prepared: string;
beforeAll(async () => {
  folder = makeTestFolder('tracker-proxy-');
  prepared = await preparedDatabase(folder, [EXECUTIVE], PASSWORD);
}, STARTING_MS);
afterAll(() => folder?.remove());

describe('behind the reverse proxy of deploy/Caddyfile (a real Caddy, HTTPS from its internal authority)', () => {
  let database: string;
  let app: Served;
  let caddy: Caddy;

  beforeAll(async () => {
    database = copiedDatabase(prepared);
    // A built dashboard in miniature: a script with the Brotli copy the build writes beside it.
    const web = join(dirname(database), 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tracker</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app.js'), SCRIPT);
    writeFileSync(join(web, 'assets', 'app.js.br'), brotliCompressSync(SCRIPT));
    const caddyPort = await freePort();
    app = await serve(database, {
      ...limits,
      TRUST_PROXY: '1',
      PUBLIC_URL: `https://localhost:${caddyPort}`,
      WEB_DIST: web,
    });
    caddy = await startCaddy(`127.0.0.1:${app.port}`, caddyPort);
  }, STARTING_MS);
  afterAll(async () => {
    await app?.stop();
    await caddy?.stop();
    if (database) rmSync(dirname(database), { recursive: true, force: true });
  });

  const through = (localAddress: string, password: string, headers: Record<string, string> = {}): Promise<Sent> =>
    signInFrom(caddy, localAddress, password, headers);

  it('signs in over HTTPS with a __Host- session cookie that is Secure and in neither log, and sends HSTS', async () => {
    const answer = await through('127.0.0.4', PASSWORD);
    expect(codes(answer)).toEqual([]);
    const cookie = String(answer.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-tracker_session=[^;]+;/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    // Caddy's access log, like the tracker's, keeps no session cookie.
    const session = cookie.split(';')[0].split('=')[1];
    await waitForOutput(caddy.output, String(answer.headers['x-request-id']), 10_000);
    expect(caddy.output()).not.toContain(session);
    expect(app.output()).not.toContain(session);
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(app.output()).toContain('X-Forwarded-For past the trusted proxies (TRUST_PROXY=1)');
    const page = await send({ port: caddy.port, ca: caddy.ca, path: '/healthz' });
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('carries the live pages’ WebSocket, with the session cookie of a page of the site, and its events', async () => {
    const site = `https://localhost:${caddy.port}`;
    const cookie = String((await through('127.0.0.5', PASSWORD)).headers['set-cookie']).split(';')[0];
    const client = liveClient(site, { cookie, origin: site }, caddy.ca);
    try {
      // Signed in through the proxy: an executive is refused the liaisons' subscription, not asked to sign in.
      expect((await refusalOf(client, AWAITING))[0].extensions?.code).toBe('FORBIDDEN');
      const heard = await subscribe(client, PLAN_CHANGED, { slug: 'islamophobia-action-plan' });
      const graphqlThrough = (json: unknown) =>
        send({ port: caddy.port, ca: caddy.ca, path: '/graphql', headers: { cookie }, json });
      const read = await graphqlThrough({
        query: '{ plan(slug: "islamophobia-action-plan") { commitments(first: 1) { edges { node { id } } } } }',
      });
      const commitmentId = (
        JSON.parse(read.body) as { data: { plan: { commitments: { edges: { node: { id: string } }[] } } } }
      ).data.plan.commitments.edges[0].node.id;
      const posted = await graphqlThrough({
        query: 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
        variables: {
          input: {
            subjectType: 'COMMITMENT',
            subjectId: commitmentId,
            lens: 'ASSESSMENT',
            status: 'LIMITED',
            narrative: 'Through Caddy.',
          },
        },
      });
      expect(codes(posted)).toEqual([]);
      expect(await heard.next()).toMatchObject({ kind: 'STATUS_UPDATE', commitmentId });
      await heard.stop();
    } finally {
      await client.dispose();
    }
  });

  it("throttles sign-ins per client address, not per the proxy's, even with a forged X-Forwarded-For", async () => {
    for (let attempt = 1; attempt <= PAIR_LIMIT; attempt += 1) {
      expect(
        codes(await through('127.0.0.2', 'wrong password', { 'x-forwarded-for': `198.51.100.${attempt}` })),
      ).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await through('127.0.0.2', PASSWORD, { 'x-forwarded-for': '198.51.100.99' }))).toEqual([
      'RATE_LIMITED',
    ]);
    expect(codes(await through('127.0.0.3', 'wrong password'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await through('127.0.0.3', PASSWORD))).toEqual([]);
    const failures = app
      .output()
      .split('\n')
      .filter((line) => line.includes('"login.failure"'))
      .map((line) => (JSON.parse(line) as { ip: string }).ip);
    expect(failures).toEqual(['127.0.0.2', '127.0.0.2', '127.0.0.2', '127.0.0.3']);
    // The audit log records the same addresses.
    const audit = await openPlainConnection(database);
    const audited = await audit.all("SELECT ip FROM audit_event WHERE action = 'login.failure' ORDER BY rowid");
    await audit.close();
    expect(audited.map((row) => row.ip)).toEqual(failures);
  });

  it("passes the build's Brotli copy of a file through, and compresses the answers the tracker sends as they are", async () => {
    const script = await send({
      ...caddy,
      path: '/assets/app.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(script.status).toBe(200);
    expect(script.headers['content-encoding']).toBe('br');
    expect(Number(script.headers['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const answer = await send({
      ...caddy,
      path: '/graphql',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
      json: { query: '{ organisations { slug name description plans { slug title } } }' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toMatch(/^(zstd|gzip)$/);
  });

  it("logs each request under the proxy's request id, which the client cannot choose", async () => {
    const answer = await send({
      port: caddy.port,
      ca: caddy.ca,
      path: '/healthz',
      headers: { 'x-request-id': 'client-chosen-id-1' },
    });
    const id = String(answer.headers['x-request-id']);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await waitForOutput(app.output, `"requestId":"${id}"`, 5_000);
    expect(app.output()).not.toContain('client-chosen-id-1');
    // The proxy itself, a trusted peer, hands its id on.
    const fromProxy = await send({ port: app.port, path: '/healthz', headers: { 'x-request-id': 'proxy-given-id-1' } });
    expect(fromProxy.headers['x-request-id']).toBe('proxy-given-id-1');
  });
});

describe('without TRUST_PROXY, a direct client cannot choose its address', () => {
  let database: string;
  let app: Served;
  beforeAll(async () => {
    database = copiedDatabase(prepared);
    app = await serve(database, limits);
  }, STARTING_MS);
  afterAll(async () => {
    await app?.stop();
    if (database) rmSync(dirname(database), { recursive: true, force: true });
  });

  const direct = (localAddress: string, password: string, headers: Record<string, string>): Promise<Sent> =>
    signInFrom(app, localAddress, password, headers);

  it('ignores a forged X-Forwarded-For (and X-Request-Id): the throttle counts the connected address', async () => {
    for (let attempt = 1; attempt <= PAIR_LIMIT; attempt += 1) {
      const answer = await direct('127.0.0.2', 'wrong password', {
        'x-forwarded-for': `198.51.100.${attempt}`,
        'x-request-id': `forged-request-${attempt}`,
      });
      expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      expect(answer.headers['x-request-id']).not.toBe(`forged-request-${attempt}`);
    }
    expect(codes(await direct('127.0.0.2', PASSWORD, { 'x-forwarded-for': '198.51.100.99' }))).toEqual([
      'RATE_LIMITED',
    ]);
    expect(codes(await direct('127.0.0.3', PASSWORD, {}))).toEqual([]);
    expect(app.output()).not.toContain('198.51.100.');
    expect(app.output()).not.toContain('forged-request-');
  });
});
