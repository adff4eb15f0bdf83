import { buildSchema, print } from 'graphql';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Revision } from '../../src/revisions/revision.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { undoMigrationsThrough } from './support/migrations';
import { columnNames } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';
import { webOperations } from './support/web-documents';

const ORG = 'labour-muslim-network';
const REPORT = 'islamophobia-and-the-muslim-experience';
const DRAFT = 'lmn-draft-plan';
/** Every text of the draft carries this, so an answer that shows any of it is caught. */
const SECRET = 'Unannounced';

type Result<T = Record<string, unknown>> = {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
};

const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code;

/**
 * Plans start as drafts. Every public entry point (each query of the schema, each query the
 * dashboard sends, the pages' addresses) is tried on a draft by the people who must not see it —
 * anonymous, an executive of another organisation, a liaison not attached to it — and by the
 * two who must: its organisation's executive and its liaison.
 */
describe('plan drafts', () => {
  let t: TestApp;
  let executive: string;
  let attachedLiaison: string;
  let otherExecutive: string;
  let otherLiaison: string;
  let planId: string;
  let commitmentId: string;
  let milestoneId: string;
  let recommendationId: string;
  let roundtableId: string;
  let askId: string;
  let version: number;
  let web: string;

  const gql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, cookie?: string) =>
    t.gql<T>(query, variables, cookie) as Promise<Result<T>>;
  const ok = async <T>(query: string, variables: Record<string, unknown>, cookie?: string): Promise<T> => {
    const result = await gql<T>(query, variables, cookie);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), 'tracker-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tracker</title><div id="root"></div>');
    t = await startTestApp({ env: { WEB_DIST: web } });
    executive = await signInDemo(t, 'executive@example.org');
    otherLiaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'drafts.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'drafts.bame@example.org');

    const { report } = await ok<{ report: { id: string; recommendations: { id: string }[] } }>(
      'query ($slug: String!) { report(slug: $slug) { id recommendations { id } } }',
      { slug: REPORT },
    );
    recommendationId = report.recommendations[0].id;
    const { createPlan } = await ok<{ createPlan: { id: string; publishedAt: string | null; version: number } }>(
      'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id publishedAt version } }',
      {
        input: {
          slug: DRAFT,
          title: `${SECRET} plan`,
          counterpart: 'Labour Party',
          description: `${SECRET} description`,
          reportIds: [report.id],
        },
      },
      executive,
    );
    expect(createPlan.publishedAt).toBeNull();
    planId = createPlan.id;
    const { updatePlan } = await ok<{ updatePlan: { version: number } }>(
      'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { version } }',
      { input: { id: planId, version: 1, title: `${SECRET} plan, revised` } },
      executive,
    );
    version = updatePlan.version;
    const { createCommitment } = await ok<{ createCommitment: { id: string } }>(
      'mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }',
      {
        input: {
          planId,
          reference: 'C1',
          title: `${SECRET} commitment`,
          owner: `${SECRET} owner`,
          theme: `${SECRET} theme`,
          recommendationIds: [recommendationId],
        },
      },
      executive,
    );
    commitmentId = createCommitment.id;
    await ok(
      'mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }',
      { input: { id: commitmentId, version: 1, title: `${SECRET} commitment, revised` } },
      executive,
    );
    const { createMilestone } = await ok<{ createMilestone: { id: string } }>(
      'mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
      { input: { commitmentId, title: `${SECRET} milestone`, dueDate: '2027-01-01' } },
      executive,
    );
    milestoneId = createMilestone.id;
    await ok(
      'mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }',
      { input: { id: milestoneId, version: 1, title: `${SECRET} milestone, revised` } },
      executive,
    );
    await ok(
      'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      {
        input: {
          subjectType: 'COMMITMENT',
          subjectId: commitmentId,
          lens: 'ASSESSMENT',
          status: 'NOT_STARTED',
          narrative: `${SECRET} assessment`,
        },
      },
      executive,
    );
    const { createRoundtable } = await ok<{ createRoundtable: { id: string } }>(
      'mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { id } }',
      {
        input: {
          planId,
          title: `${SECRET} roundtable`,
          audience: 'MEMBERS',
          location: `${SECRET} hall`,
          startsAt: '2025-02-01T18:00:00.000Z',
          endsAt: '2025-02-01T20:00:00.000Z',
        },
      },
      executive,
    );
    roundtableId = createRoundtable.id;
    await ok(
      'mutation ($input: UpdateRoundtableInput!) { updateRoundtable(input: $input) { id } }',
      { input: { id: roundtableId, version: 1, status: 'HELD', attendance: 7, description: `${SECRET} notes` } },
      executive,
    );
    const { createAsk } = await ok<{ createAsk: { id: string } }>(
      'mutation ($input: CreateAskInput!) { createAsk(input: $input) { id } }',
      { input: { roundtableId, statement: `${SECRET} ask` } },
      executive,
    );
    askId = createAsk.id;
    await ok(
      'mutation ($input: UpdateAskInput!) { updateAsk(input: $input) { id } }',
      { input: { id: askId, version: 1, theme: `${SECRET} theme` } },
      executive,
    );
    await ok(
      'mutation ($input: AskLinkInput!) { linkAsk(input: $input) { id } }',
      { input: { askId, commitmentId } },
      executive,
    );
    await createAccount(t, 'drafts.liaison@example.org', { liaisonOf: DRAFT });
    attachedLiaison = await signIn(t, 'drafts.liaison@example.org');
    await ok(
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      { input: { commitmentId, body: `${SECRET} comment` } },
      attachedLiaison,
    );
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  const outsiders: [string, () => string | undefined][] = [
    ['an anonymous caller', () => undefined],
    ['an executive of another organisation', () => otherExecutive],
    ['a liaison not attached to the plan', () => otherLiaison],
  ];
  const insiders: [string, () => string][] = [
    ['the organisation’s executive', () => executive],
    ['the plan’s liaison', () => attachedLiaison],
  ];

  /** One query's whole answer as text, its variables read when it runs (the ids exist by then). */
  const answer =
    (query: string, variables: () => Record<string, unknown> = () => ({})) =>
    async (cookie?: string): Promise<string> =>
      JSON.stringify(await gql(query, variables(), cookie));

  /** Every Query field of the schema, each asked as deep as it leads to the draft. */
  const ENTRY_POINTS: Record<string, (cookie?: string) => Promise<string>> = {
    organisations: answer(
      '{ organisations { slug plans { id slug title } reports { plans { id slug } recommendations { commitments { id title } } } } }',
    ),
    organisation: answer(
      'query ($slug: String!) { organisation(slug: $slug) { plans { id slug title } reports { plans { id } } } }',
      () => ({ slug: ORG }),
    ),
    report: answer(
      `query ($slug: String!) { report(slug: $slug) { plans { id slug title }
         recommendations { commitments { id title plan { id slug } } } } }`,
      () => ({ slug: REPORT }),
    ),
    plan: answer(
      `query ($slug: String!) { plan(slug: $slug) { id title summary { commitmentsTotal }
         commitments(first: 10) { edges { node { id title } } } commitment(reference: "C1") { id }
         roundtables { id title } roundtableSummary { held asksRaised } } }`,
      () => ({ slug: DRAFT }),
    ),
    commitment: answer(
      `query ($id: ID!) { commitment(id: $id) { title milestones { title }
         history(first: 50) { totalCount } comments(first: 50) { edges { node { body } } }
         roundtableAsks { statement roundtable { title } } } }`,
      () => ({ id: commitmentId }),
    ),
    revisions: async (cookie) => {
      const query = `query ($subjectType: RevisionSubject!, $subjectId: ID!) {
        revisions(subjectType: $subjectType, subjectId: $subjectId, first: 100) { totalCount edges { node { before after } } } }`;
      const subjects: [string, string][] = [
        ['PLAN', planId],
        ['COMMITMENT', commitmentId],
        ['MILESTONE', milestoneId],
        ['ROUNDTABLE', roundtableId],
        ['ASK', askId],
      ];
      const answers = [];
      for (const [subjectType, subjectId] of subjects) {
        answers.push(await answer(query, () => ({ subjectType, subjectId }))(cookie));
      }
      return answers.join('\n');
    },
    roundtable: answer(
      `query ($id: ID!) { roundtable(id: $id) { title description location plan { id }
         asks { statement theme links { commitment { id title } } } } }`,
      () => ({ id: roundtableId }),
    ),
    roundtableJoiningLink: answer('query ($id: ID!) { roundtableJoiningLink(id: $id) }', () => ({ id: roundtableId })),
    registrations: answer(
      'query ($id: ID!) { registrations(roundtableId: $id, first: 100) { totalCount edges { node { name email } } } }',
      () => ({ id: roundtableId }),
    ),
    workspace: answer(
      '{ workspace { plans { id title } awaitingResponse { id title } organisation { plans { id } } } }',
    ),
    moderation: answer('{ moderation(first: 100) { edges { node { body commitment { id } } } } }'),
    me: answer('{ me { id displayName } }'),
    licences: answer('{ licences { id title url } }'),
  };

  it('tries every Query field of the schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
    expect(Object.keys(ENTRY_POINTS).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });

  describe.each(outsiders)('to %s a draft does not exist', (_who, cookie) => {
    it('plan(slug:) answers NOT_FOUND, word for word the answer to an unknown slug', async () => {
      const query = 'query ($slug: String!) { plan(slug: $slug) { id } }';
      const draft = await gql(query, { slug: DRAFT }, cookie());
      const unknown = await gql(query, { slug: 'lmn-no-such-pl' }, cookie());
      expect(codeOf(draft)).toBe('NOT_FOUND');
      expect(draft.data).toEqual(unknown.data);
      expect(draft.errors![0].message.replace(DRAFT, 'X')).toBe(
        unknown.errors![0].message.replace('lmn-no-such-pl', 'X'),
      );
      expect(draft.errors![0].extensions).toEqual({ ...unknown.errors![0].extensions, key: DRAFT });
    });

    it('commitment(id:) answers NOT_FOUND', async () => {
      expect(codeOf(await gql('query ($id: ID!) { commitment(id: $id) { id } }', { id: commitmentId }, cookie()))).toBe(
        'NOT_FOUND',
      );
    });

    it.each(Object.keys(ENTRY_POINTS))('%s shows none of it', async (name) => {
      const answer = await ENTRY_POINTS[name](cookie());
      expect(answer).not.toContain(SECRET);
      expect(answer).not.toContain(planId);
      expect(answer).not.toContain(milestoneId);
    });

    it('lists and counts leave it out: the organisation has as many plans as before it was made', async () => {
      const { organisations } = await ok<{ organisations: { slug: string; plans: { slug: string }[] }[] }>(
        '{ organisations { slug plans { slug } } }',
        {},
        cookie(),
      );
      expect(organisations.find((o) => o.slug === ORG)!.plans.map((p) => p.slug)).toEqual(['islamophobia-action-plan']);
      const { revisions } = await ok<{ revisions: { totalCount: number } }>(
        'query ($id: ID!) { revisions(subjectType: PLAN, subjectId: $id) { totalCount } }',
        { id: planId },
        cookie(),
      );
      expect(revisions.totalCount).toBe(0);
    });

    it('every query the dashboard sends shows none of it', async () => {
      const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
      const operations = (await webOperations(schema)).filter(
        (op) =>
          op.document.definitions[0].kind === 'OperationDefinition' && op.document.definitions[0].operation === 'query',
      );
      expect(operations.length).toBeGreaterThan(10);
      for (const op of operations) {
        const variableSets = [
          { ...op.variables, slug: DRAFT, reference: 'C1', id: commitmentId, subjectType: 'PLAN', subjectId: planId },
          { ...op.variables, slug: REPORT, subjectType: 'COMMITMENT', subjectId: commitmentId },
          { ...op.variables, slug: ORG, subjectType: 'MILESTONE', subjectId: milestoneId },
        ];
        for (const variables of variableSets) {
          const answer = JSON.stringify(await gql(print(op.document), variables, cookie()));
          expect({ op: op.name, leaked: answer.includes(SECRET) || answer.includes(planId) }).toEqual({
            op: op.name,
            leaked: false,
          });
        }
      }
    });

    it('the plan’s address serves the same page as an address that names nothing', async () => {
      const page = async (path: string) => {
        const response = await fetch(`${t.url}${path}`, { headers: cookie() ? { cookie: cookie()! } : {} });
        return { status: response.status, body: await response.text() };
      };
      const draft = await page(`/${ORG}/${DRAFT}`);
      expect(draft).toEqual({ status: 200, body: readFileSync(join(web, 'index.html'), 'utf8') });
      expect(draft).toEqual(await page(`/${ORG}/lmn-no-such-plan`));
      expect(draft.body).not.toContain(SECRET);
      expect((await page(`/${ORG}/${DRAFT}/commitments/C1`)).body).not.toContain(SECRET);
    });
    it('its open-data downloads answer 404, word for word the answer to an unknown plan', async () => {
      const download = async (path: string) => {
        const response = await fetch(`${t.url}${path}`, { headers: cookie() ? { cookie: cookie()! } : {} });
        return { status: response.status, body: await response.text() };
      };
      for (const format of ['json', 'zip']) {
        const draft = await download(`/data/${ORG}/${DRAFT}.${format}`);
        const unknown = await download(`/data/${ORG}/lmn-no-such-plan.${format}`);
        expect(draft.status).toBe(404);
        expect(draft.body.replace(DRAFT, 'X')).toBe(unknown.body.replace('lmn-no-such-plan', 'X'));
        expect(draft.body).not.toContain(SECRET);
      }
      const published = await download(`/data/${ORG}/islamophobia-action-plan.json`);
      expect(published.status).toBe(200);
      expect(published.body).not.toContain(SECRET);
      expect(published.body).not.toContain(planId);
    });
  });

  describe.each(outsiders.slice(1))('%s cannot write to a draft they cannot see', (_who, cookie) => {
    it('addComment answers NOT_FOUND, as for an unknown commitment', async () => {
      const result = await gql(
        'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
        { input: { commitmentId, body: 'Hello' } },
        cookie(),
      );
      expect(codeOf(result)).toBe('NOT_FOUND');
    });
  });

  describe.each(insiders)('%s sees the draft', (_who, cookie) => {
    it('by its slug, in the organisation’s and the report’s lists, its commitment and its history', async () => {
      const { plan } = await ok<{ plan: { id: string; publishedAt: string | null; title: string } }>(
        'query ($slug: String!) { plan(slug: $slug) { id publishedAt title } }',
        { slug: DRAFT },
        cookie(),
      );
      expect(plan).toEqual({ id: planId, publishedAt: null, title: `${SECRET} plan, revised` });
      for (const name of ['organisation', 'report', 'commitment', 'revisions', 'roundtable']) {
        expect(await ENTRY_POINTS[name](cookie())).toContain(SECRET);
      }
      const { report } = await ok<{ report: { recommendations: { id: string; commitments: { id: string }[] }[] } }>(
        'query ($slug: String!) { report(slug: $slug) { recommendations { id commitments { id } } } }',
        { slug: REPORT },
        cookie(),
      );
      const answered = report.recommendations.find((r) => r.id === recommendationId)!;
      expect(answered.commitments.map((c) => c.id)).toContain(commitmentId);
    });

    it('in its open-data download, kept by no cache', async () => {
      const response = await fetch(`${t.url}/data/${ORG}/${DRAFT}.json`, { headers: { cookie: cookie() } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(await response.text()).toContain(SECRET);
    });

    it('in their workspace', async () => {
      const { workspace } = await ok<{ workspace: { plans: { id: string }[] } }>(
        '{ workspace { plans { id } } }',
        {},
        cookie(),
      );
      expect(workspace.plans.map((p) => p.id)).toContain(planId);
    });
  });

  describe('publishPlan and unpublishPlan', () => {
    const PUBLISH = 'mutation ($input: PublishPlanInput!) { publishPlan(input: $input) { publishedAt version } }';
    const UNPUBLISH =
      'mutation ($input: UnpublishPlanInput!) { unpublishPlan(input: $input) { publishedAt unpublishedReason version } }';
    const anonymousPlan = () => gql('query ($slug: String!) { plan(slug: $slug) { title } }', { slug: DRAFT });

    it('only the organisation’s executives publish, with the version they saw', async () => {
      expect(codeOf(await gql(PUBLISH, { input: { id: planId, version } }, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await gql(PUBLISH, { input: { id: planId, version } }, attachedLiaison))).toBe('FORBIDDEN');
      expect(codeOf(await gql(PUBLISH, { input: { id: planId, version } }))).toBe('UNAUTHENTICATED');
      const stale = await gql(PUBLISH, { input: { id: planId, version: version - 1 } }, executive);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors![0].extensions).toMatchObject({ currentVersion: version });
      expect(codeOf(await anonymousPlan())).toBe('NOT_FOUND');
    });

    it('publishing makes it public, in its history and the audit log; publishing again is a clear error', async () => {
      const { publishPlan } = await ok<{ publishPlan: { publishedAt: string; version: number } }>(
        PUBLISH,
        { input: { id: planId, version } },
        executive,
      );
      expect(publishPlan.publishedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
      expect(publishPlan.version).toBe(version + 1);
      version = publishPlan.version;
      expect((await anonymousPlan()).data).toEqual({ plan: { title: `${SECRET} plan, revised` } });
      for (const name of ['organisations', 'report', 'commitment']) {
        expect(await ENTRY_POINTS[name]()).toContain(SECRET);
      }
      const revision = await t.dataSource
        .getRepository(Revision)
        .findOneBy({ subjectId: planId, field: 'publishedAt', version });
      expect(revision).toMatchObject({ before: null, after: publishPlan.publishedAt });
      expect(
        await t.dataSource.getRepository(AuditEvent).findOneBy({ subjectId: planId, action: 'plan.publish' }),
      ).toBeTruthy();

      const again = await gql(PUBLISH, { input: { id: planId, version } }, executive);
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].message).toBe('This plan is already published; there is nothing to publish.');
    });

    it('unpublishing needs a reason, takes it back to draft and records why', async () => {
      const blank = await gql(UNPUBLISH, { input: { id: planId, version, reason: '   ' } }, executive);
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0].extensions).toMatchObject({ field: 'reason' });
      expect(codeOf(await gql(UNPUBLISH, { input: { id: planId, version } }, executive))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(UNPUBLISH, { input: { id: planId, version, reason: 'x' } }, otherExecutive))).toBe(
        'FORBIDDEN',
      );
      expect(
        codeOf(await gql(UNPUBLISH, { input: { id: planId, version: version - 1, reason: 'x' } }, executive)),
      ).toBe('CONFLICT');
      const { unpublishPlan } = await ok<{
        unpublishPlan: { publishedAt: string | null; unpublishedReason: string; version: number };
      }>(UNPUBLISH, { input: { id: planId, version, reason: 'The party asked for a correction.' } }, executive);
      expect(unpublishPlan).toEqual({
        publishedAt: null,
        unpublishedReason: 'The party asked for a correction.',
        version: version + 1,
      });
      version = unpublishPlan.version;
      expect(codeOf(await anonymousPlan())).toBe('NOT_FOUND');
      const revisions = await t.dataSource.getRepository(Revision).findBy({ subjectId: planId, version });
      expect(revisions.map((r) => [r.field, r.after]).sort()).toEqual([
        ['publishedAt', null],
        ['unpublishedReason', 'The party asked for a correction.'],
      ]);
      expect(
        await t.dataSource.getRepository(AuditEvent).findOneBy({ subjectId: planId, action: 'plan.unpublish' }),
      ).toBeTruthy();
      const again = await gql(UNPUBLISH, { input: { id: planId, version, reason: 'again' } }, executive);
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].message).toBe('This plan is a draft already; only a published plan can be unpublished.');
    });
  });
});

describe('migration 1764200000000 (plan drafts) on a database that holds the demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.dataSource.query<Record<string, number | string>[]>(
      `SELECT (SELECT COUNT(*) FROM action_plan) AS plans, (SELECT COUNT(*) FROM commitment) AS commitments,
              (SELECT COUNT(*) FROM milestone) AS milestones, (SELECT COUNT(*) FROM status_update) AS entries,
              (SELECT COUNT(*) FROM liaison_plan) AS liaisons`,
    );
    // PostgreSQL's driver gives COUNT(*), a bigint, as text.
    return Object.fromEntries(Object.entries(row).map(([name, count]) => [name, Number(count)]));
  };

  it('publishes every plan already on the record, as of its creation, and loses nothing', async () => {
    const before = await counts();
    expect(before.plans).toBeGreaterThan(0);
    await undoMigrationsThrough(t.dataSource, 'PlanDrafts1764200000000');
    expect(await columnNames(t.dataSource, 'action_plan')).not.toContain('published_at');
    expect(await counts()).toEqual(before);

    await t.dataSource.runMigrations();
    expect(await counts()).toEqual(before);
    const unpublished = await t.dataSource.query(
      'SELECT COUNT(*) AS n FROM action_plan WHERE published_at IS NULL OR published_at <> created_at',
    );
    expect(Number(unpublished[0].n)).toBe(0);
    const { data } = await t.gql<{ plan: { publishedAt: string } }>(
      '{ plan(slug: "islamophobia-action-plan") { publishedAt } }',
    );
    expect(data!.plan.publishedAt).toEqual(expect.stringMatching(/^\d{4}-/));
  });
});
