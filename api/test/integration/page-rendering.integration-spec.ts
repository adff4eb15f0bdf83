import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request as httpRequest, IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DATA_GENERATION_TABLE } from '../../src/common/data-generation';
import { signInDemo } from './support/accounts';
import { recordLoggedErrors } from './support/logged-errors';
import { countStatements, startTestApp, TestApp } from './support/test-app';

/** A GET as sent, without fetch's own Accept-Encoding and decompression: the bytes on the wire. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const WEB = join(__dirname, '..', '..', '..', 'web');
const ORG = 'labour-muslim-network';
const PLAN = 'islamophobia-action-plan';
const DASHBOARD = `/${ORG}/${PLAN}`;
const STATE = /<script type="application\/json" id="tracker-state">([^<]*)<\/script>/;

/** The built web (`npm run build`: web/dist and its server entry, web/dist-server) copied to a temp folder. */
function builtWeb(): { root: string; dist: string } {
  for (const folder of ['dist', 'dist-server']) {
    if (!existsSync(join(WEB, folder))) throw new Error(`web/${folder} is missing: run npm run build first`);
  }
  const root = mkdtempSync(join(tmpdir(), 'tracker-web-'));
  cpSync(join(WEB, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync(join(WEB, 'dist-server'), join(root, 'dist-server'), { recursive: true });
  return { root, dist: join(root, 'dist') };
}

/** The state a rendered page embeds, parsed; null when it has none. */
function stateOf(html: string): { apollo: Record<string, Record<string, unknown>>; today: string } | null {
  const match = STATE.exec(html);
  return match ? JSON.parse(match[1]) : null;
}

/** The page's text as a reader sees it: tags dropped, entities React writes read back. */
function textOf(html: string): string {
  return html
    .replace(STATE, '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('public pages rendered on the server', () => {
  let t: TestApp;
  let web: { root: string; dist: string };
  let indexHtml: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });
  /** The demo plan's description, set by its executive. */
  const describePlan = async (description: string) => {
    const executive = await signInDemo(t, 'executive@example.org');
    const { data } = await t.gql<{ plan: { id: string; version: number } }>(
      'query ($slug: String!) { plan(slug: $slug) { id version } }',
      { slug: PLAN },
      executive,
    );
    const edited = await t.gql(
      'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { version } }',
      { input: { id: data!.plan.id, version: data!.plan.version, description } },
      executive,
    );
    expect(edited.errors).toBeUndefined();
  };

  beforeAll(async () => {
    web = builtWeb();
    indexHtml = readFileSync(join(web.dist, 'index.html'), 'utf8');
    t = await startTestApp({ env: { WEB_DIST: web.dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.root, { recursive: true, force: true });
  });

  it('sends the home page with every organisation in it, and the state it hydrates from', async () => {
    const { data } = await t.gql<{ organisations: { name: string; plans: { title: string }[] }[] }>(
      '{ organisations { name plans { title } } }',
    );
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<title>Organisations and their action plans – Action Plan Tracker</title>');
    const text = textOf(html);
    for (const organisation of data!.organisations) {
      expect(text).toContain(organisation.name);
      for (const plan of organisation.plans) expect(text).toContain(plan.title);
    }
    const state = stateOf(html)!;
    expect(state.apollo.ROOT_QUERY).toMatchObject({ me: null, organisations: expect.any(Array) });
    expect(state.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('sends a plan’s dashboard with its headline figures, its chunk and its styles', async () => {
    const { data } = await t.gql<{
      plan: {
        title: string;
        summary: { milestonesComplete: number; milestonesTotal: number; commitmentsTotal: number };
      };
    }>(
      'query ($slug: String!) { plan(slug: $slug) { title summary { milestonesComplete milestonesTotal commitmentsTotal } } }',
      {
        slug: PLAN,
      },
    );
    const { title, summary } = data!.plan;
    const response = await get(DASHBOARD);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`<title>${title} – Labour Muslim Network – Action Plan Tracker</title>`);
    const text = textOf(html);
    expect(text).toContain('At a glance');
    expect(text).toContain(`${summary.milestonesComplete} of ${summary.milestonesTotal} milestones complete`);
    expect(text).toContain(`All ${summary.commitmentsTotal} commitments`);
    // No inline style (the Content Security Policy would refuse it) and no script but the app's.
    expect(html).not.toMatch(/ style="/);
    expect(html.match(/<script/g)).toHaveLength((indexHtml.match(/<script/g) ?? []).length + 1);
    // Its styles come with the HTML; the app's code, the page's own chunk with it, is fetched by
    // start-app.js after the first paint, and nothing else asks for a script before then.
    const sheets = [...html.matchAll(/<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+)">/g)].map((m) => m[1]);
    expect(sheets.length).toBeGreaterThan(1);
    expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/);
    const modules = /<script src="\/start-app\.js" defer data-modules="([^"]+)"><\/script>/.exec(html)![1].split(' ');
    const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(indexHtml)![1];
    expect(modules).toContain(entry);
    expect(modules.some((href) => /PlanDashboardPage-/.test(href))).toBe(true);
    // In the order start-app.js evaluates them: every chunk after each chunk it imports, so that
    // importing one evaluates that one alone.
    const manifest = JSON.parse(readFileSync(join(web.dist, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string; imports?: string[]; css?: string[] }
    >;
    const chunks = Object.values(manifest);
    expect(new Set(modules).size).toBe(modules.length);
    modules.forEach((href, position) => {
      const chunk = chunks.find((candidate) => `/${candidate.file}` === href)!;
      for (const imported of chunk.imports ?? []) {
        const at = modules.indexOf(`/${manifest[imported].file}`);
        expect(at).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThan(position);
      }
    });
    // Its styles in the order the app links them when it loads the page's chunk itself: a chunk's
    // after those of the chunks it imports.
    const linked = (file: string) => sheets.indexOf(`/${file}`);
    const orderedPairs = chunks.flatMap((chunk) =>
      (chunk.imports ?? []).flatMap((imported) =>
        (manifest[imported].css ?? []).flatMap((before) => (chunk.css ?? []).map((after) => [before, after])),
      ),
    );
    const pairsOnThePage = orderedPairs.filter(([before, after]) => linked(before) >= 0 && linked(after) >= 0);
    expect(pairsOnThePage.length).toBeGreaterThan(0);
    for (const [before, after] of pairsOnThePage) expect(linked(before)).toBeLessThan(linked(after));
    for (const href of [...modules, ...sheets, '/start-app.js']) expect((await get(href)).status).toBe(200);

    const state = stateOf(html)!;
    const key = `ActionPlan:${JSON.stringify({ slug: PLAN })}`;
    expect(state.apollo.ROOT_QUERY[`plan(${JSON.stringify({ slug: PLAN })})`]).toEqual({ __ref: key });
    expect(state.apollo[key]).toMatchObject({ title, summary: expect.objectContaining(summary) });
  });

  it('sends the commitments list and a commitment with its three lenses', async () => {
    const { data } = await t.gql<{
      plan: { commitments: { edges: { node: { reference: string; title: string } }[] } };
    }>(
      'query ($slug: String!) { plan(slug: $slug) { commitments(first: 10) { edges { node { reference title } } } } }',
      {
        slug: PLAN,
      },
    );
    const first = data!.plan.commitments.edges[0].node;
    const list = await get(`${DASHBOARD}/commitments`);
    expect(list.status).toBe(200);
    const listText = textOf(await list.text());
    for (const { node } of data!.plan.commitments.edges) expect(listText).toContain(node.title);

    const { data: one } = await t.gql<{
      plan: { commitment: { assessmentEntry: { narrative: string } } };
    }>(
      'query ($slug: String!, $ref: String!) { plan(slug: $slug) { commitment(reference: $ref) { assessmentEntry { narrative } } } }',
      { slug: PLAN, ref: first.reference },
    );
    const response = await get(`${DASHBOARD}/commitments/${first.reference}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = textOf(html);
    expect(html).toContain(
      `<title>${first.reference}: ${first.title} – Islamophobia Action Plan – Action Plan Tracker</title>`,
    );
    expect(text).toMatch(/Where it stands Assessment .* Party’s account .* Deadline /);
    expect(text).toContain(one!.plan.commitment.assessmentEntry.narrative);
  });

  it('sends a report with its recommendations', async () => {
    const { data } = await t.gql<{ plan: { reports: { slug: string; recommendations: { title: string }[] }[] } }>(
      'query ($slug: String!) { plan(slug: $slug) { reports { slug recommendations { title } } } }',
      { slug: PLAN },
    );
    const report = data!.plan.reports[0];
    const response = await get(`/${ORG}/reports/${report.slug}`);
    expect(response.status).toBe(200);
    const text = textOf(await response.text());
    expect(report.recommendations.length).toBeGreaterThan(0);
    for (const recommendation of report.recommendations) expect(text).toContain(recommendation.title);
  });

  it('answers 404 with the "not found" page, and no state, for what does not exist', async () => {
    for (const path of [
      `/${ORG}/no-such-plan`,
      `/${ORG}/${PLAN}/commitments/C999`,
      `/bame-labour/${PLAN}`,
      `/${ORG}/reports/no-such-report`,
    ]) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      const html = await response.text();
      expect(html).toContain('<title>Page not found – Action Plan Tracker</title>');
      expect(textOf(html)).toContain('Page not found');
      expect(stateOf(html)).toBeNull();
    }
  });

  it('never renders a draft for an anonymous reader: 404, and none of its text', async () => {
    const executive = await signInDemo(t, 'executive@example.org');
    const secret = 'Unpublished draft words';
    const created = await t.gql<{ createPlan: { id: string } }>(
      'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { input: { slug: 'ssr-draft-plan', title: `${secret} plan`, counterpart: 'Labour Party', description: secret } },
      executive,
    );
    expect(created.errors).toBeUndefined();
    await t.gql(
      'mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }',
      { input: { planId: created.data!.createPlan.id, reference: 'C1', title: `${secret} commitment` } },
      executive,
    );
    for (const path of [
      `/${ORG}/ssr-draft-plan`,
      `/${ORG}/ssr-draft-plan/commitments`,
      `/${ORG}/ssr-draft-plan/commitments/C1`,
    ]) {
      const response = await get(path);
      const html = await response.text();
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(html).not.toContain(secret);
    }
    // Word for word the page of a plan that does not exist.
    const draft = await (await get(`/${ORG}/ssr-draft-plan`)).text();
    expect(draft).toBe(await (await get(`/${ORG}/no-such-plan`)).text());
    // The home page lists published plans only.
    expect(await (await get('/')).text()).not.toContain(secret);
    // Its executive, signed in, gets the app, which shows them the draft from the API.
    const signedIn = await get(`/${ORG}/ssr-draft-plan`, { cookie: executive });
    expect(signedIn.status).toBe(200);
    expect(await signedIn.text()).toBe(indexHtml);
  });

  it('sends a signed-in reader the plain index.html, and says the page varies with the cookie', async () => {
    const executive = await signInDemo(t, 'executive@example.org');
    for (const path of ['/', DASHBOARD]) {
      const response = await get(path, { cookie: executive });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(indexHtml);
      expect(response.headers.get('vary')).toMatch(/cookie/i);
    }
    expect((await get(DASHBOARD)).headers.get('vary')).toMatch(/cookie/i);
    // Other pages of the app are the plain index.html for everyone.
    for (const path of ['/sign-in', '/console', '/console/plans/x']) {
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(await response.text()).toBe(indexHtml);
    }
  });

  it('is revalidated with an ETag: 304 while the page is the same, 200 once the data changes', async () => {
    const first = await get(DASHBOARD);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await get(DASHBOARD, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await get(DASHBOARD, { 'if-none-match': '"something-else"' })).status).toBe(200);

    await describePlan('A description edited for the ETag test.');
    const changed = await get(DASHBOARD, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(textOf(await changed.text())).toContain('A description edited for the ETag test.');
  });

  it('keeps a rendered page until the next write, and sends browsers the compressed copy they accept', async () => {
    await (await get(DASHBOARD)).text();
    const { statements } = await countStatements(t.dataSource, async () => (await get(DASHBOARD)).text());
    expect(statements.filter((statement) => !statement.includes(`FROM "${DATA_GENERATION_TABLE}"`))).toEqual([]);

    const plain = await rawGet(`${t.url}${DASHBOARD}`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toContain('id="tracker-state"');
    const brotli = await rawGet(`${t.url}${DASHBOARD}`, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await rawGet(`${t.url}${DASHBOARD}`, { 'accept-encoding': 'gzip' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 4);
    for (const copy of [plain, brotli, gzip]) expect(copy.headers.vary).toBe('Cookie, Accept-Encoding');
    // Each copy is a representation of its own, with a tag of its own that revalidates it.
    const tags = [plain, brotli, gzip].map((copy) => copy.headers.etag);
    expect(new Set(tags).size).toBe(3);
    const unchanged = await rawGet(`${t.url}${DASHBOARD}`, { 'accept-encoding': 'br', 'if-none-match': tags[1]! });
    expect(unchanged.body.length).toBe(0);
    expect(unchanged.headers.etag).toBe(tags[1]);
  });

  it('sends a kept page to a reader without cookies before Fastify runs, as the ordinary way sends it', async () => {
    // A request with any cookie is left to the ordinary way, which answers the same from the cache.
    const own = ({ headers }: { headers: IncomingHttpHeaders }) => {
      const { date: _date, 'x-request-id': id, ...rest } = headers;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      return rest;
    };
    for (const path of ['/', DASHBOARD, `${DASHBOARD}/commitments?search=complaints`]) {
      await (await get(path)).text();
      for (const encoding of ['gzip, deflate, br', 'gzip', 'identity']) {
        const { statements } = await countStatements(t.dataSource, async () => {
          const early = await rawGet(`${t.url}${path}`, { 'accept-encoding': encoding });
          const ordinary = await rawGet(`${t.url}${path}`, { 'accept-encoding': encoding, cookie: 'unrelated=1' });
          expect(own(early)).toEqual(own(ordinary));
          expect(early.body.equals(ordinary.body)).toBe(true);
        });
        expect(statements.filter((statement) => !statement.includes(`FROM "${DATA_GENERATION_TABLE}"`))).toEqual([]);
      }
    }
  });

  it('embeds the state so that no text in the data can end the script or start markup', async () => {
    const hostile = '</script><script>alert(1)</script> <!-- & \u2028 \u2029 -->';
    await describePlan(hostile);
    const html = await (await get(DASHBOARD)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script/g)).toHaveLength((indexHtml.match(/<script/g) ?? []).length + 1);
    const raw = STATE.exec(html)![1];
    expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
    const state = stateOf(html)!;
    expect(state.apollo[`ActionPlan:${JSON.stringify({ slug: PLAN })}`].description).toBe(hostile);
    // In the markup the text is text.
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('a page that cannot be rendered on the server', () => {
  let t: TestApp;
  let web: { root: string; dist: string };

  beforeAll(async () => {
    web = builtWeb();
    // Every page's query costs more than this: the API refuses it, so the page would show an error.
    t = await startTestApp({ env: { WEB_DIST: web.dist, GRAPHQL_MAX_COST: '100' } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.root, { recursive: true, force: true });
  });

  it('is sent as the plain index.html (the app renders it in the browser), and logged once', async () => {
    const errors = recordLoggedErrors();
    try {
      const indexHtml = readFileSync(join(web.dist, 'index.html'), 'utf8');
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${t.url}${DASHBOARD}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe(indexHtml);
      }
      const logged = errors.messages().filter((message) => message.includes('could not be rendered'));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toContain(DASHBOARD);
    } finally {
      errors.stop();
    }
  });
});

describe('a server entry that cannot be loaded', () => {
  let t: TestApp;
  let web: { root: string; dist: string };

  beforeAll(async () => {
    web = builtWeb();
    writeFileSync(join(web.root, 'dist-server', 'entry-server.cjs'), 'this is not a module {');
    t = await startTestApp({ seed: false, env: { WEB_DIST: web.dist } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.root, { recursive: true, force: true });
  });

  it('leaves every page to the browser, the plain index.html, and is logged once', async () => {
    const errors = recordLoggedErrors();
    try {
      const indexHtml = readFileSync(join(web.dist, 'index.html'), 'utf8');
      for (const path of ['/', DASHBOARD, '/', DASHBOARD]) {
        const response = await fetch(`${t.url}${path}`);
        expect({ path, status: response.status }).toEqual({ path, status: 200 });
        expect(await response.text()).toBe(indexHtml);
      }
      expect(errors.messages().filter((message) => message.includes('could not be rendered'))).toHaveLength(1);
    } finally {
      errors.stop();
    }
  });
});
