import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { undoMigrationsThrough } from './support/migrations';
import { columnNames } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';

const WEB = join(__dirname, '..', '..', '..', 'web');
const ORG = 'labour-muslim-network';
const PLAN = 'islamophobia-action-plan';
const EMBED = `/embed/${ORG}/${PLAN}`;
const STYLE = /<style>([\s\S]*?)<\/style>/;

/** The built web (web/dist and its server entry, web/dist-server) copied to a temp folder. */
function builtWeb(): { root: string; dist: string } {
  for (const folder of ['dist', 'dist-server']) {
    if (!existsSync(join(WEB, folder))) throw new Error(`web/${folder} is missing: run npm run build first`);
  }
  const root = mkdtempSync(join(tmpdir(), 'tracker-embed-'));
  cpSync(join(WEB, 'dist'), join(root, 'dist'), { recursive: true });
  cpSync(join(WEB, 'dist-server'), join(root, 'dist-server'), { recursive: true });
  return { root, dist: join(root, 'dist') };
}

/** The document's text as a reader sees it. */
function textOf(html: string): string {
  return html
    .replace(STYLE, '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The CSP's directives by name. */
function policyOf(response: Response): Map<string, string> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(
    header.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as [string, string];
    }),
  );
}

describe('embeds: /embed/<org>/<plan> and /embed/<org>/<plan>/<ref>', () => {
  let t: TestApp;
  let web: { root: string; dist: string };
  let executive: string;
  let organisationId: string;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });

  beforeAll(async () => {
    web = builtWeb();
    t = await startTestApp({ env: { WEB_DIST: web.dist } });
    executive = await signInDemo(t, 'executive@example.org');
    const { data } = await t.gql<{ organisation: { id: string } }>(
      '{ organisation(slug: "labour-muslim-network") { id } }',
    );
    organisationId = data!.organisation.id;
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.root, { recursive: true, force: true });
  });

  const embedOrigins = (cookie?: string) =>
    t.gql<{ organisation: { embedOrigins: string[]; version: number } }>(
      `{ organisation(slug: "${ORG}") { embedOrigins version } }`,
      undefined,
      cookie,
    );
  const setOrigins = async (origins: string[], cookie = executive) => {
    const { data } = await embedOrigins(executive);
    return t.gql<{ updateEmbedOrigins: { embedOrigins: string[]; version: number } }>(
      'mutation ($input: UpdateEmbedOriginsInput!) { updateEmbedOrigins(input: $input) { embedOrigins version } }',
      { input: { id: organisationId, version: data!.organisation.version, origins } },
      cookie,
    );
  };

  it('sends the plan’s figures as one document with its styles inline: no script, no cookie, framed by any site', async () => {
    const { data } = await t.gql<{
      plan: {
        summary: {
          milestonesComplete: number;
          milestonesTotal: number;
          assessedTotal: number;
          commitmentsTotal: number;
          overdueCount: number;
        };
      };
    }>(
      `{ plan(slug: "${PLAN}") { summary { milestonesComplete milestonesTotal assessedTotal commitmentsTotal overdueCount } } }`,
    );
    const summary = data!.plan.summary;
    // A signed-in reader's cookie changes nothing: the embed is the anonymous view, and sets no cookie.
    for (const headers of [{}, { cookie: executive }] as Record<string, string>[]) {
      const response = await get(EMBED, headers);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\s(src|srcset)=|<link|@import|url\(/i);
      const policy = policyOf(response);
      expect(policy.get('default-src')).toBe("'none'");
      expect(policy.get('frame-ancestors')).toBe('*');
      const css = STYLE.exec(html)![1];
      expect(policy.get('style-src')).toBe(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      const text = textOf(html);
      expect(text).toContain('Islamophobia');
      expect(text).toContain(`${summary.milestonesComplete} of ${summary.milestonesTotal} milestones`);
      expect(text).toContain(`${summary.assessedTotal} of ${summary.commitmentsTotal} commitments`);
      expect(text).toContain(`${summary.overdueCount} commitments are overdue`);
      expect(html).toContain(`href="/${ORG}/${PLAN}" target="_blank" rel="noopener"`);
    }
  });

  it('offers 320×400 and 600×400 besides the responsive default, and refuses any other size', async () => {
    expect(await (await get(EMBED)).text()).toContain('embed--responsive');
    for (const size of ['320x400', '600x400']) {
      const response = await get(`${EMBED}?size=${size}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`embed--${size}`);
    }
    const wrong = await get(`${EMBED}?size=1024x768`);
    expect(wrong.status).toBe(400);
    expect(textOf(await wrong.text())).toContain('size must be 320x400 or 600x400');
  });

  it('keeps an embed until the next write, with an ETag that a revalidation matches', async () => {
    const first = await get(EMBED);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const again = await get(EMBED, { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('sends a commitment with its three lenses, its deadline and a link to its page', async () => {
    const { data } = await t.gql<{
      plan: { counterpart: string; commitments: { edges: { node: { reference: string; title: string } }[] } };
    }>(`{ plan(slug: "${PLAN}") { counterpart commitments(first: 1) { edges { node { reference title } } } } }`);
    const { reference, title } = data!.plan.commitments.edges[0].node;
    const response = await get(`${EMBED}/${reference}?size=320x400`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBeNull();
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    const text = textOf(html);
    expect(text).toContain(`${reference}: ${title}`);
    for (const lens of ['Assessment', 'Party’s account', 'Deadline']) expect(text).toContain(lens);
    expect(text).toContain(data!.plan.counterpart);
    expect(html).toContain(`href="/${ORG}/${PLAN}/commitments/${reference}" target="_blank" rel="noopener"`);
  });

  it('answers 404 for a draft plan, an unknown plan, commitment or organisation, and a plan of another organisation', async () => {
    const created = await t.gql(
      'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { input: { slug: 'embed-draft', title: 'Embedded draft', counterpart: 'Labour Party', reportIds: [] } },
      executive,
    );
    expect(created.errors).toBeUndefined();
    for (const path of [
      `/embed/${ORG}/embed-draft`,
      `/embed/${ORG}/no-such-plan`,
      `${EMBED}/C999`,
      `/embed/no-such-organisation/${PLAN}`,
      `/embed/bame-labour/${PLAN}`,
    ]) {
      for (const headers of [{}, { cookie: executive }] as Record<string, string>[]) {
        const response = await get(path, headers);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
        const html = await response.text();
        expect(html).not.toContain('Embedded draft');
        expect(html).not.toMatch(/<script/i);
        expect(response.headers.get('x-frame-options')).toBeNull();
      }
    }
  });

  it('lets only the organisation’s executives read and set the sites that may frame its embeds', async () => {
    await createAccount(t, 'embed.bame@example.org', { executiveOf: 'bame-labour' });
    const otherExecutive = await signIn(t, 'embed.bame@example.org');
    const liaison = await signInDemo(t, 'liaison@example.org');
    for (const cookie of [undefined, liaison, otherExecutive]) {
      const read = await embedOrigins(cookie);
      expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    for (const cookie of [liaison, otherExecutive]) {
      const written = await setOrigins(['https://www.example.org'], cookie);
      expect(written.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await setOrigins(['https://www.example.org'], '');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await embedOrigins(executive)).data!.organisation.embedOrigins).toEqual([]);
  });

  it('refuses an entry that is not an https origin, naming it, and changes nothing', async () => {
    const before = (await embedOrigins(executive)).data!.organisation;
    for (const entry of [
      'http://www.example.org',
      'https://www.example.org/news',
      'https://*.example.org',
      'www.example.org',
      'https://user@www.example.org',
      'javascript:alert(1)',
      'https://www.example.org?x=1',
      '',
    ]) {
      const result = await setOrigins(['https://ok.example.org', entry]);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain('Entry 2');
      expect(result.errors?.[0].message).toContain('https://host');
    }
    const many = await setOrigins(Array.from({ length: 21 }, (_, i) => `https://site${i}.example.org`));
    expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await embedOrigins(executive)).data!.organisation).toEqual(before);
  });

  it('frames the embeds only from the allow-list once it is set, audits the change, and any site again once cleared', async () => {
    const set = await setOrigins([
      ' https://WWW.Example.org ',
      'https://members.example.org:8443',
      'https://www.example.org:443',
    ]);
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateEmbedOrigins.embedOrigins).toEqual([
      'https://www.example.org',
      'https://members.example.org:8443',
    ]);
    for (const path of [EMBED, `${EMBED}?size=600x400`]) {
      const response = await get(path);
      expect(policyOf(response).get('frame-ancestors')).toBe(
        "'self' https://www.example.org https://members.example.org:8443",
      );
    }
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'organisation.embed_origins', subjectId: organisationId });
    expect(typeof audit.detail === 'string' ? JSON.parse(audit.detail) : audit.detail).toMatchObject({
      fields: ['embedOrigins'],
    });

    const stale = await t.gql(
      'mutation ($input: UpdateEmbedOriginsInput!) { updateEmbedOrigins(input: $input) { version } }',
      { input: { id: organisationId, version: 1, origins: [] } },
      executive,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    expect((await setOrigins([])).errors).toBeUndefined();
    expect(policyOf(await get(EMBED)).get('frame-ancestors')).toBe('*');
  });

  it('keeps the rest of the site unframeable: frame-ancestors none and X-Frame-Options DENY', async () => {
    for (const path of ['/', `/${ORG}/${PLAN}`, `/${ORG}/${PLAN}/commitments`, '/console', '/healthz']) {
      const response = await get(path);
      expect({ path, ancestors: policyOf(response).get('frame-ancestors') }).toEqual({ path, ancestors: "'none'" });
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('adds embed_origins, empty, to a database that holds the demo', async () => {
    const organisations = () => t.dataSource.query('SELECT id, slug, name, version FROM organisation ORDER BY slug');
    const before = await organisations();
    await undoMigrationsThrough(t.dataSource, 'EmbedOrigins1765000000000');
    expect(await columnNames(t.dataSource, 'organisation')).not.toContain('embed_origins');
    await t.dataSource.runMigrations({ transaction: 'each' });
    expect(await columnNames(t.dataSource, 'organisation')).toContain('embed_origins');
    expect(await organisations()).toEqual(before);
    expect(await t.dataSource.query('SELECT DISTINCT embed_origins FROM organisation')).toEqual([
      { embed_origins: '' },
    ]);
  });
});
