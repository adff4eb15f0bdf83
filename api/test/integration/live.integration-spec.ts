import { Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { ChangeBus } from '../../src/common/change-bus';
import { CHANGE_CHANNEL, ChangeKind, CommittedChange, encodeChange } from '../../src/common/changes';
import { createAccount, signIn, signInDemo, TEST_PASSWORD } from './support/accounts';
import { demoIds } from './support/demo';
import { AWAITING, COMMITMENT_CHANGED, liveClient, PLAN_CHANGED, refusalOf, subscribe } from './support/live';
import { ADD_COMMENT, CREATE_PLAN, LOGIN, PLAN, POST_ENTRY, UPDATE_COMMITMENT } from './support/public-reads';
import { preparedDatabase, serve, Served, STARTING_MS } from './support/served';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';
import { makeTestFolder, TestFolder, testDatabaseKind } from './support/test-database';

const HIDE = 'mutation ($input: HideCommentInput!) { hideComment(input: $input) { id } }';
const CREATE_COMMITMENT = 'mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }';
const SEQUENCE = 'query ($slug: String!) { plan(slug: $slug) { changeSequence } }';

/**
 * Live pages: subscriptions over graphql-ws on the server's own port. Each event carries ids and
 * a sequence, arrives once its write has committed, and only to those the same query would
 * answer (drafts, hidden comments, liaisons of the plan).
 */
describe('live subscriptions over graphql-ws', () => {
  let t: TestApp;
  let executive: string;
  let liaison: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const clients: Client[] = [];
  const client = (headers: { cookie?: string; origin?: string } = {}): Client => {
    const made = liveClient(t.url, headers);
    clients.push(made);
    return made;
  };
  const write = async <T = Record<string, unknown>>(
    query: string,
    input: Record<string, unknown>,
    cookie = executive,
  ) => {
    const answer = await t.gql<T>(query, { input }, cookie);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const assess = (commitmentId: string, narrative: string, cookie = executive) =>
    write(
      POST_ENTRY,
      { subjectType: 'COMMITMENT', subjectId: commitmentId, lens: 'ASSESSMENT', status: 'LIMITED', narrative },
      cookie,
    );

  beforeAll(async () => {
    t = await startTestApp({ env: UNLIMITED_WRITES });
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    ids = await demoIds(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map(async (made) => made.dispose()));
    await t?.close();
  });

  it('tells an anonymous reader of the plan of a status update, with its commitment and a sequence past what they read', async () => {
    const before = (await t.gql<{ plan: { changeSequence: number } }>(SEQUENCE, { slug: PLAN })).data!.plan
      .changeSequence;
    const heard = await subscribe(client(), PLAN_CHANGED, { slug: PLAN });
    expect(heard.subscribed.sequence).toBe(before);
    await assess(ids.commitment('C1'), 'Assessed while a reader watches.');
    const event = await heard.next();
    expect(event).toEqual({ kind: 'STATUS_UPDATE', commitmentId: ids.commitment('C1'), sequence: expect.any(Number) });
    expect(event.sequence).toBeGreaterThan(before);
    // The page reads again: what it reads has reached that sequence.
    const after = (await t.gql<{ plan: { changeSequence: number } }>(SEQUENCE, { slug: PLAN })).data!.plan
      .changeSequence;
    expect(after).toBeGreaterThanOrEqual(event.sequence);
    await heard.stop();
  });

  it('tells a commitment’s readers of its edits and comments, and not of another commitment’s', async () => {
    const heard = await subscribe(client(), COMMITMENT_CHANGED, { id: ids.commitment('C2') });
    const { commitment } = (
      await t.gql<{ commitment: { version: number } }>('query ($id: ID!) { commitment(id: $id) { version } }', {
        id: ids.commitment('C2'),
      })
    ).data!;
    await assess(ids.commitment('C3'), 'Another commitment.');
    await write(UPDATE_COMMITMENT, {
      id: ids.commitment('C2'),
      version: commitment.version,
      title: 'C2, reworded live',
    });
    expect(await heard.next()).toMatchObject({ kind: 'EDIT', commitmentId: ids.commitment('C2') });
    await write(ADD_COMMENT, { commitmentId: ids.commitment('C2'), body: 'A comment, live.' });
    expect(await heard.next()).toMatchObject({ kind: 'COMMENT', commitmentId: ids.commitment('C2') });
    await heard.stop();
  });

  it('never announces a comment that is hidden by the time its news arrives', async () => {
    const heard = await subscribe(client(), COMMITMENT_CHANGED, { id: ids.commitment('C4') });
    const { addComment } = await write<{ addComment: { id: string } }>(ADD_COMMENT, {
      commitmentId: ids.commitment('C4'),
      body: 'Soon hidden.',
    });
    expect(await heard.next()).toMatchObject({ kind: 'COMMENT' });
    await write(HIDE, { id: addComment.id, reason: 'Abuse' });
    expect(await heard.next()).toMatchObject({ kind: 'MODERATION', commitmentId: ids.commitment('C4') });
    // The news of the comment arriving late (from another process, say): the comment is hidden now.
    const sequence = (await t.gql<{ plan: { changeSequence: number } }>(SEQUENCE, { slug: PLAN })).data!.plan
      .changeSequence;
    await deliver(t, {
      kind: ChangeKind.COMMENT,
      planId: ids.planId,
      commitmentId: ids.commitment('C4'),
      commentId: addComment.id,
      sequence,
    });
    await assess(ids.commitment('C4'), 'After the hidden comment.');
    expect(await heard.next()).toMatchObject({ kind: 'STATUS_UPDATE', commitmentId: ids.commitment('C4') });
    await heard.stop();
  });

  describe('a draft plan', () => {
    let draft: { slug: string; commitmentId: string };
    beforeAll(async () => {
      const { createPlan } = await write<{ createPlan: { id: string } }>(CREATE_PLAN, {
        slug: 'live-draft-plan',
        title: 'A draft watched live',
        counterpart: 'Labour Party',
      });
      const { createCommitment } = await write<{ createCommitment: { id: string } }>(CREATE_COMMITMENT, {
        planId: createPlan.id,
        reference: 'D1',
        title: 'A draft commitment',
      });
      draft = { slug: 'live-draft-plan', commitmentId: createCommitment.id };
    });

    it('is refused to an anonymous subscriber with the query’s NOT_FOUND, and to another site’s page with the executive’s cookie', async () => {
      const query = await t.gql(SEQUENCE, { slug: draft.slug });
      expect(query.errors![0].extensions!.code).toBe('NOT_FOUND');
      const refused = await refusalOf(client(), PLAN_CHANGED, { slug: draft.slug });
      expect(refused.map((error) => [error.message, error.extensions?.code])).toEqual([
        [query.errors![0].message, 'NOT_FOUND'],
      ]);
      const commitmentRefused = await refusalOf(client(), COMMITMENT_CHANGED, { id: draft.commitmentId });
      expect(commitmentRefused[0].extensions?.code).toBe('NOT_FOUND');
      const crossSite = await refusalOf(
        client({ cookie: executive, origin: 'https://elsewhere.example' }),
        PLAN_CHANGED,
        {
          slug: draft.slug,
        },
      );
      expect(crossSite[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('is open to its executive, whose session cookie comes with the upgrade', async () => {
      const heard = await subscribe(client({ cookie: executive, origin: t.url }), PLAN_CHANGED, { slug: draft.slug });
      await assess(draft.commitmentId, 'Assessed in draft.');
      expect(await heard.next()).toMatchObject({ kind: 'STATUS_UPDATE', commitmentId: draft.commitmentId });
      await heard.stop();
    });

    it('tells a liaison of the plan of a new assessment awaiting their response, and not a liaison of another plan', async () => {
      await createAccount(t, 'draft-liaison@example.org', { liaisonOf: draft.slug });
      const other = await signIn(t, 'draft-liaison@example.org', TEST_PASSWORD);
      const mine = await subscribe(client({ cookie: liaison }), AWAITING);
      const theirs = await subscribe(client({ cookie: other }), AWAITING);
      await assess(ids.commitment('C5'), 'Waiting for the party.');
      expect(await mine.next()).toMatchObject({ kind: 'STATUS_UPDATE', commitmentId: ids.commitment('C5') });
      await assess(draft.commitmentId, 'Waiting for the other liaison.');
      // In order: the other liaison's first event is their own plan's, so they never heard of C5.
      expect(await theirs.next()).toMatchObject({ kind: 'STATUS_UPDATE', commitmentId: draft.commitmentId });
      await Promise.all([mine.stop(), theirs.stop()]);
    });
  });

  it('is refused awaitingMyResponse when not signed in, or an executive', async () => {
    expect((await refusalOf(client(), AWAITING))[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await refusalOf(client({ cookie: executive }), AWAITING))[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('checks a subscription as it checks a query: aliases, unknown fields, operation type, and no subscription over HTTP', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: sequence`).join(' ');
    const tooMany = await refusalOf(client(), `subscription { planChanged(slug: "${PLAN}") { ${aliases} } }`);
    expect(tooMany[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooMany[0].message).toMatch(/aliases/i);
    const unknown = await refusalOf(client(), `subscription { planChanged(slug: "${PLAN}") { secret } }`);
    expect(unknown[0].message).not.toMatch(/did you mean/i);
    const query = await refusalOf(client(), '{ organisations { slug } }');
    expect(query[0].message).toMatch(/Only subscriptions are served over WebSocket/);
    const overHttp = await t.gql(PLAN_CHANGED, { slug: PLAN });
    expect(overHttp.errors![0].message).toMatch(/served over WebSocket/);
  });

  it('answers a WebSocket upgrade to any other path with 404 and closes it', async () => {
    const status = await new Promise<number | string>((resolve) => {
      const socket = new WebSocket(`${t.url.replace(/^http/, 'ws')}/elsewhere`, 'graphql-transport-ws');
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 'none'));
      socket.on('open', () => resolve('open'));
      socket.on('error', (error) => resolve(error.message));
    });
    expect(status).toBe(404);
  });

  /** A change as it would arrive from another process. */
  async function deliver(app: TestApp, change: CommittedChange): Promise<void> {
    if (testDatabaseKind() === 'postgres') {
      await app.dataSource.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, encodeChange(change)]);
    } else {
      app.app.get(ChangeBus).committed([change]);
    }
  }
});

/**
 * Two real API processes (dist/main.js) on one PostgreSQL database: a write through A reaches a
 * subscriber of B through LISTEN/NOTIFY, and a listener that loses its connection tells its
 * subscribers to catch up. PostgreSQL only: an SQLite installation runs one process.
 */
(testDatabaseKind() === 'postgres' ? describe : describe.skip)(
  'live changes across two processes on PostgreSQL',
  () => {
    let folder: TestFolder;
    let a: Served;
    let b: Served;
    let executive: string;
    let onB: Client;
    let database: string;

    beforeAll(async () => {
      folder = makeTestFolder('tracker-live-');
      database = await preparedDatabase(folder, ['executive@example.org'], TEST_PASSWORD);
      [a, b] = await Promise.all([serve(database, UNLIMITED_WRITES), serve(database, UNLIMITED_WRITES)]);
      const login = await fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: LOGIN,
          variables: { input: { email: 'executive@example.org', password: TEST_PASSWORD } },
        }),
      });
      executive = login.headers.get('set-cookie')!.split(';')[0];
      onB = liveClient(b.url);
    }, STARTING_MS);
    afterAll(async () => {
      await onB?.dispose();
      await Promise.all([a?.stop(), b?.stop()]);
      await folder?.remove();
    });

    it('brings a status update written through A to a subscriber of B', async () => {
      const heard = await subscribe(onB, PLAN_CHANGED, { slug: PLAN });
      const plan = await fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ plan(slug: "${PLAN}") { commitments(first: 1) { edges { node { id } } } } }`,
        }),
      }).then(
        (response) =>
          response.json() as Promise<{ data: { plan: { commitments: { edges: { node: { id: string } }[] } } } }>,
      );
      const commitmentId = plan.data.plan.commitments.edges[0].node.id;
      const posted = await fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: executive },
        body: JSON.stringify({
          query: POST_ENTRY,
          variables: {
            input: {
              subjectType: 'COMMITMENT',
              subjectId: commitmentId,
              lens: 'ASSESSMENT',
              status: 'LIMITED',
              narrative: 'Through A.',
            },
          },
        }),
      }).then((response) => response.json() as Promise<{ errors?: unknown }>);
      expect(posted.errors).toBeUndefined();
      const event = await heard.next();
      expect(event).toMatchObject({ kind: 'STATUS_UPDATE', commitmentId });
      expect(event.sequence).toBeGreaterThan(heard.subscribed.sequence);

      // B's listener loses its connection: once it is back, its subscribers are told to catch up.
      const admin = new PgClient({ connectionString: database });
      await admin.connect();
      try {
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'action-plan-tracker-listen'",
        );
      } finally {
        await admin.end();
      }
      expect(await heard.next()).toMatchObject({ kind: 'CATCH_UP' });
      await heard.stop();
    });
  },
);
