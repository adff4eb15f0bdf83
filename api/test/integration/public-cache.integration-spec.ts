import { Session } from '../../src/auth/session.entity';
import { hashToken } from '../../src/auth/tokens';
import { Commitment } from '../../src/commitments/commitment.entity';
import { currentTime, startClockAt } from '../../src/common/clock';
import { Transactions } from '../../src/common/transactions';
import { DATA_GENERATION_TABLE } from '../../src/common/data-generation';
import { PublicCache } from '../../src/public-cache/public-cache';
import { createAccount, sessionCookie, signIn, signInDemo, TEST_PASSWORD } from './support/accounts';
import { postImport } from './support/import';
import { undoMigrationsThrough } from './support/migrations';
import {
  ADD_COMMENT,
  commitmentOf,
  CREATE_PLAN,
  LOGIN,
  ORG,
  ORGANISATIONS_READ,
  OrganisationsAnswer,
  PLAN,
  PLAN_READ,
  PlanAnswer,
  planSlugsOf,
  POST_ENTRY,
  PUBLISH_PLAN,
  retitleCsv,
  UNPUBLISH_PLAN,
  UPDATE_COMMITMENT,
} from './support/public-reads';
import { tracker } from './support/served';
import { countStatements, GraphQLResponse, startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

interface Read<T> {
  status: number;
  body: GraphQLResponse<T>;
  headers: Headers;
  /** Whether the request ran anything but the read of the data generation: false for an answer from the cache. */
  computed: boolean;
}

/**
 * The public cache on one process (SQLite, and PostgreSQL in its own run): anonymous GraphQL
 * answers kept per data generation and London date. For each kind of write, an anonymous reader
 * whose answer was kept sees the write on the next read; drafts and signed-in views never reach
 * the kept answers; mutations, refusals and signed-in requests are never kept.
 */
describe('the public cache', () => {
  let t: TestApp;
  let executive: string;

  beforeAll(async () => {
    t = await startTestApp({ env: UNLIMITED_WRITES });
    executive = await signInDemo(t, 'executive@example.org');
  });
  afterAll(() => t?.close());

  const isGenerationRead = (statement: string) => statement.includes(`FROM "${DATA_GENERATION_TABLE}"`);

  /** A GraphQL request, anonymous unless a cookie is given, and whether it ran more than the generation read. */
  async function read<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { cookie?: string; headers?: Record<string, string> } = {},
  ): Promise<Read<T>> {
    let response!: Response;
    const { statements } = await countStatements(t.dataSource, async () => {
      response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : {}) as GraphQLResponse<T>,
      headers: response.headers,
      computed: statements.some((statement) => !isGenerationRead(statement)),
    };
  }

  const readPlan = () => read<PlanAnswer>(PLAN_READ, { slug: PLAN });
  const readOrganisations = () => read<OrganisationsAnswer>(ORGANISATIONS_READ);

  /** Reads twice, anonymously: the second answer must come from the cache. */
  async function kept<T>(reader: () => Promise<Read<T>>): Promise<T> {
    await reader();
    const again = await reader();
    expect(again.body.errors).toBeUndefined();
    expect(again.computed).toBe(false);
    return again.body.data!;
  }

  async function write<T = Record<string, unknown>>(
    query: string,
    input: Record<string, unknown>,
    cookie = executive,
  ): Promise<T> {
    const answer = await t.gql<T>(query, { input }, cookie);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  describe('after each kind of write, the next anonymous read shows it', () => {
    it('a status update (a ledger entry)', async () => {
      const before = commitmentOf(await kept(readPlan), 'C9');
      expect(before.assessment).toBe('NOT_YET_ASSESSED');
      await write(POST_ENTRY, {
        subjectType: 'COMMITMENT',
        subjectId: before.id,
        lens: 'ASSESSMENT',
        status: 'LIMITED',
        narrative: 'Assessed after the cache kept the plan.',
      });
      const after = await readPlan();
      expect(after.computed).toBe(true);
      expect(commitmentOf(after.body.data!, 'C9').assessment).toBe('LIMITED');
    });

    it('an edit of a commitment’s wording', async () => {
      const before = commitmentOf(await kept(readPlan), 'C6');
      await write(UPDATE_COMMITMENT, { id: before.id, version: before.version, title: 'C6, worded anew' });
      expect(commitmentOf((await readPlan()).body.data!, 'C6').title).toBe('C6, worded anew');
    });

    it('a comment', async () => {
      const before = commitmentOf(await kept(readPlan), 'C5');
      await write(ADD_COMMENT, { commitmentId: before.id, body: 'A comment made after the cache kept the plan.' });
      const after = commitmentOf((await readPlan()).body.data!, 'C5');
      expect(after.comments.totalCount).toBe(before.comments.totalCount + 1);
      expect(after.comments.edges.map((edge) => edge.node.body)).toContain(
        'A comment made after the cache kept the plan.',
      );
    });

    it('a publication, and taking the plan back to draft', async () => {
      const { createPlan } = await write<{ createPlan: { id: string; version: number } }>(CREATE_PLAN, {
        slug: 'cache-published-plan',
        title: 'A plan published while the cache kept the list',
        counterpart: 'Labour Party',
      });
      expect(planSlugsOf(await kept(readOrganisations))).not.toContain('cache-published-plan');
      const { publishPlan } = await write<{ publishPlan: { version: number } }>(PUBLISH_PLAN, {
        id: createPlan.id,
        version: createPlan.version,
      });
      expect(planSlugsOf(await kept(readOrganisations))).toContain('cache-published-plan');
      await write(UNPUBLISH_PLAN, { id: createPlan.id, version: publishPlan.version, reason: 'Taken back.' });
      expect(planSlugsOf((await readOrganisations()).body.data!)).not.toContain('cache-published-plan');
    });

    it('an open-data import, and not a dry run of one, though reads ran while the dry run was open', async () => {
      const before = commitmentOf(await kept(readPlan), 'C1');
      const dryRun = postImport(t, retitleCsv('C1', 'C1 as a dry run words it', before.version), {
        name: 'commitments.csv',
        cookie: executive,
        plan: PLAN,
        dryRun: true,
      });
      const during = await Promise.all(Array.from({ length: 5 }, () => readPlan()));
      expect((await dryRun).status).toBe(200);
      for (const answer of during) expect(answer.body.errors).toBeUndefined();
      expect(commitmentOf(await kept(readPlan), 'C1').title).toBe(before.title);

      const applied = await postImport(t, retitleCsv('C1', 'C1 as the import words it', before.version), {
        name: 'commitments.csv',
        cookie: executive,
        plan: PLAN,
        dryRun: false,
      });
      expect(applied.status).toBe(200);
      expect(commitmentOf((await readPlan()).body.data!, 'C1').title).toBe('C1 as the import words it');
    });

    it('a write by the tracker CLI in another process', async () => {
      expect((await kept(readOrganisations)).organisations.map((o) => o.slug)).not.toContain('cache-cli-org');
      await tracker(t.databaseUrl, ['org:create', '--slug', 'cache-cli-org', '--name', 'Made by the CLI']);
      const after = await readOrganisations();
      expect(after.computed).toBe(true);
      expect(after.body.data!.organisations.map((o) => o.slug)).toContain('cache-cli-org');
    });
  });

  it('recomputes after midnight in London what it kept at 23:59: a commitment due that day becomes overdue', async () => {
    const today = (await readPlan()).body.data!.plan.summary.asOf;
    const c10 = commitmentOf((await readPlan()).body.data!, 'C10');
    await write(UPDATE_COMMITMENT, { id: c10.id, version: c10.version, dueDate: today });
    const next = new Date(Date.parse(`${today}T00:00:00Z`) + 24 * 3_600_000).toISOString().slice(0, 10);
    try {
      // November: London is on GMT, so 23:59Z is 23:59 in London.
      startClockAt(new Date(`${today}T23:59:00Z`));
      const evening = await kept(readPlan);
      expect(evening.plan.summary.asOf).toBe(today);
      expect(commitmentOf(evening, 'C10').deadline).not.toBe('OVERDUE');
      startClockAt(new Date(`${next}T00:01:00Z`));
      const morning = await readPlan();
      expect(morning.computed).toBe(true);
      expect(morning.body.data!.plan.summary.asOf).toBe(next);
      expect(commitmentOf(morning.body.data!, 'C10').deadline).toBe('OVERDUE');
      expect(morning.body.data!.plan.summary.overdueCount).toBe(evening.plan.summary.overdueCount + 1);
    } finally {
      startClockAt(new Date(process.env.CLOCK_START!));
    }
  });

  describe('drafts and signed-in views', () => {
    const DRAFT = 'cache-draft-plan';
    const DRAFT_READ = 'query ($slug: String!) { plan(slug: $slug) { title description } }';
    const ME = '{ me { id } }';

    beforeAll(async () => {
      await write(CREATE_PLAN, {
        slug: DRAFT,
        title: 'Unannounced draft',
        counterpart: 'Labour Party',
        description: 'Unannounced draft text',
      });
    });

    it('never reach anonymous readers: a signed-in executive’s reads first, then the same queries anonymously', async () => {
      const signedInDraft = await read<{ plan: { title: string } }>(DRAFT_READ, { slug: DRAFT }, { cookie: executive });
      expect(signedInDraft.body.data!.plan.title).toBe('Unannounced draft');
      const signedInList = await read<OrganisationsAnswer>(ORGANISATIONS_READ, {}, { cookie: executive });
      expect(planSlugsOf(signedInList.body.data!)).toContain(DRAFT);
      const signedInMe = await read<{ me: { id: string } }>(ME, {}, { cookie: executive });
      expect(signedInMe.body.data!.me).not.toBeNull();

      for (let i = 0; i < 2; i++) {
        const draft = await read(DRAFT_READ, { slug: DRAFT });
        expect(draft.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(JSON.stringify(draft.body)).not.toContain('Unannounced');
        const list = await read<OrganisationsAnswer>(ORGANISATIONS_READ);
        expect(planSlugsOf(list.body.data!)).not.toContain(DRAFT);
        expect(JSON.stringify(list.body)).not.toContain('Unannounced');
        expect((await read<{ me: null }>(ME)).body.data).toEqual({ me: null });
      }
      // The second anonymous round came from the cache: what it keeps is the public view.
      expect((await read(ORGANISATIONS_READ)).computed).toBe(false);
    });

    it('never answer a signed-in reader from what anonymous readers were given, and are never kept', async () => {
      const anonymous = await kept(readOrganisations);
      expect(planSlugsOf(anonymous)).not.toContain(DRAFT);
      for (let i = 0; i < 2; i++) {
        const signedIn = await read<OrganisationsAnswer>(ORGANISATIONS_READ, {}, { cookie: executive });
        expect(signedIn.computed).toBe(true);
        expect(planSlugsOf(signedIn.body.data!)).toContain(DRAFT);
        expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
        expect(signedIn.headers.get('etag')).toBeNull();
        const me = await read<{ me: { id: string } | null }>(ME, {}, { cookie: executive });
        expect(me.body.data!.me).not.toBeNull();
      }
      // A cookie the API does not know is not signed in, but the cache still stands aside for it.
      const stranger = await read(ORGANISATIONS_READ, {}, { cookie: 'tracker_session=not-a-session' });
      expect(stranger.computed).toBe(true);
      const bearer = await read(ORGANISATIONS_READ, {}, { headers: { authorization: 'Bearer something' } });
      expect(bearer.computed).toBe(true);
      expect(bearer.headers.get('cache-control')).toBe('private, no-store');
    });
  });

  it('keeps what anonymous readers were given when a session is touched or ended: no public answer reads sessions', async () => {
    const sessions = t.dataSource.getRepository(Session);
    const idle = async (cookie: string, minutes: number) => {
      const lastSeenAt = new Date(currentTime().getTime() - minutes * 60_000).toISOString();
      const tokenHash = hashToken(cookie.split('=')[1]);
      // Set behind the API's back, as time passing would.
      await sessions.update({ tokenHash }, { lastSeenAt });
      return tokenHash;
    };
    const touched = await signIn(t, 'executive@example.org');
    const ended = await signIn(t, 'executive@example.org');
    await kept(readOrganisations);
    const touchedHash = await idle(touched, 2);
    expect((await read<{ me: { id: string } }>('{ me { id } }', {}, { cookie: touched })).body.data!.me).not.toBeNull();
    expect(Date.parse((await sessions.findOneByOrFail({ tokenHash: touchedHash })).lastSeenAt)).toBeGreaterThan(
      currentTime().getTime() - 60_000,
    );
    const endedHash = await idle(ended, 24 * 60);
    expect((await read<{ me: null }>('{ me { id } }', {}, { cookie: ended })).body.data!.me).toBeNull();
    expect(await sessions.findOneBy({ tokenHash: endedHash })).toBeNull();
    expect((await readOrganisations()).computed).toBe(false);
    // Only a table no public answer reads may be written without a bump.
    expect(() => t.app.get(Transactions).runUnpublished(Commitment, () => Promise.resolve())).toThrow(
      'Anonymous readers may see the commitment table: use run().',
    );
  });

  describe('what is never kept, and what browsers are told', () => {
    it('sends anonymous answers with an ETag and no-cache, and answers If-None-Match with 304 until a write', async () => {
      const first = await readOrganisations();
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const hit = await readOrganisations();
      expect(hit.computed).toBe(false);
      expect(hit.headers.get('etag')).toBe(etag);
      // The same headers the ordinary way gives: content type, security headers, a request id of its own.
      for (const name of ['content-type', 'content-security-policy', 'x-content-type-options', 'x-frame-options'])
        expect(hit.headers.get(name)).toBe(first.headers.get(name));
      expect(hit.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(hit.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));

      const unchanged = await read(ORGANISATIONS_READ, {}, { headers: { 'if-none-match': etag! } });
      expect(unchanged.status).toBe(304);
      expect(unchanged.headers.get('etag')).toBe(etag);
      expect(unchanged.headers.get('x-request-id')).toBeTruthy();
      const other = await read(ORGANISATIONS_READ, {}, { headers: { 'if-none-match': '"another"' } });
      expect(other.status).toBe(200);

      await tracker(t.databaseUrl, ['org:create', '--slug', 'cache-etag-org', '--name', 'Changes the list']);
      const changed = await read(ORGANISATIONS_READ, {}, { headers: { 'if-none-match': etag! } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });

    it('never keeps a mutation: the same sign-in twice starts two sessions', async () => {
      const login = () =>
        t.post({ query: LOGIN, variables: { input: { email: 'executive@example.org', password: TEST_PASSWORD } } });
      const cookies = [sessionCookie(await login()), sessionCookie(await login())];
      expect(cookies[0]).toBeTruthy();
      expect(cookies[1]).toBeTruthy();
      expect(cookies[0]).not.toBe(cookies[1]);
      // A document that holds a mutation is never answered from the cache, even when a query of it is chosen.
      const mixed = `query Plans ${ORGANISATIONS_READ} mutation Out { logout }`;
      const answers = [];
      for (let i = 0; i < 2; i++) {
        const response = await countStatements(t.dataSource, () =>
          t.post({ query: mixed, operationName: 'Plans' }).then((r) => r.json()),
        );
        answers.push(response.statements.some((statement) => !isGenerationRead(statement)));
      }
      expect(answers).toEqual([true, true]);
    });

    it('refuses a query above the cost limit every time, also when many ask at once', async () => {
      const costly = `{ ${Array.from(
        { length: 15 },
        (_, i) =>
          `a${i}: plan(slug: "${PLAN}") { commitments(first: 100) { edges { node { id history(first: 100) { edges { cursor } } } } } }`,
      ).join(' ')} }`;
      const answers = [
        await t.post({ query: costly }),
        await t.post({ query: costly }),
        ...(await Promise.all(Array.from({ length: 6 }, () => t.post({ query: costly })))),
      ];
      for (const response of answers) {
        expect(response.status).toBe(400);
        const body = (await response.json()) as GraphQLResponse;
        expect(body.errors?.[0]?.message).toMatch(/^The query costs [\d,]+; at most 60,000 is allowed/);
        expect(response.headers.get('etag')).toBeNull();
      }
    });

    it('answers a crowd arriving after a write with one computation', async () => {
      await tracker(t.databaseUrl, ['org:create', '--slug', 'cache-crowd-org', '--name', 'Before the crowd']);
      const one = await countStatements(t.dataSource, () => t.gql(PLAN_READ, { slug: PLAN }));
      const computing = one.statements.filter((statement) => !isGenerationRead(statement)).length;
      expect(computing).toBeGreaterThan(0);
      await tracker(t.databaseUrl, ['org:create', '--slug', 'cache-crowd-org-2', '--name', 'Before the crowd']);
      let bodies: string[] = [];
      const crowd = await countStatements(t.dataSource, async () => {
        const responses = await Promise.all(
          Array.from({ length: 30 }, () =>
            t.post({ query: PLAN_READ, variables: { slug: PLAN } }).then((response) => response.text()),
          ),
        );
        bodies = responses;
      });
      expect(new Set(bodies).size).toBe(1);
      expect(crowd.statements.filter((statement) => !isGenerationRead(statement))).toHaveLength(computing);
      // The generation was read far fewer times than there were requests: one read serves all who arrived before it.
      expect(crowd.statements.filter(isGenerationRead).length).toBeLessThan(30);
    });
  });

  it('stays within its bound however many different queries strangers send', async () => {
    const small = await startTestApp({ env: { PUBLIC_CACHE_MEGABYTES: '1' } });
    try {
      const cache = small.app.get(PublicCache);
      expect(cache.maxBytes).toBe(1024 * 1024);
      // About 13 kB each, every one a different query: the answers add up to more than twice the bound.
      const QUERIES = 200;
      const wide = (i: number) =>
        `{ plan(slug: "${PLAN}") { t${i}: title commitments(first: 100) { edges { node { reference title description successCriteria owner theme milestones { title description dueDate } history(first: 50) { edges { cursor } } } } } } }`;
      let sent = 0;
      for (let i = 0; i < QUERIES; i++) {
        const answer = await small.post({ query: wide(i) });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('etag')).toBeTruthy();
        sent += Number(answer.headers.get('content-length'));
        expect(cache.usage.bytes).toBeLessThanOrEqual(cache.maxBytes);
      }
      expect(sent).toBeGreaterThan(2 * cache.maxBytes);
      const { bytes, answers } = cache.usage;
      expect(bytes).toBeGreaterThan(cache.maxBytes / 2);
      expect(answers).toBeLessThan(QUERIES / 2);
      // The least recently used went first; the latest is still kept.
      const latest = await countStatements(small.dataSource, () => small.post({ query: wide(QUERIES - 1) }));
      expect(latest.statements.every(isGenerationRead)).toBe(true);
      const earliest = await countStatements(small.dataSource, () => small.post({ query: wide(0) }));
      expect(earliest.statements.every(isGenerationRead)).toBe(false);
    } finally {
      await small.close();
    }
  });

  it('gets its generation from a migration that runs on an installation holding the demo, and every write bumps it', async () => {
    const demo = await startTestApp();
    try {
      const generation = () =>
        demo.dataSource.query<{ value: number; token: string }[]>(
          `SELECT "value", "token" FROM "${DATA_GENERATION_TABLE}"`,
        );
      await undoMigrationsThrough(demo.dataSource, 'DataGeneration1764800000000');
      expect(await demo.dataSource.query('SELECT COUNT(*) AS n FROM "commitment"')).not.toEqual([{ n: 0 }]);
      await demo.dataSource.runMigrations({ transaction: 'each' });
      const [migrated] = await generation();
      expect(migrated).toEqual({ value: 0, token: 'migrated' });
      await createAccount(demo, 'generation@example.org', { executiveOf: ORG });
      const [after] = await generation();
      expect(Number(after.value)).toBe(1);
      expect(after.token).toMatch(/^[0-9a-f-]{36}$/);
      expect(await generation()).toHaveLength(1);
    } finally {
      await demo.close();
    }
  });
});
