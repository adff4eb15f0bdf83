import { Client } from 'pg';
import { TEST_PASSWORD } from './support/accounts';
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
import { preparedDatabase, serve, Served, STARTING_MS, tracker } from './support/served';
import { GraphQLResponse, UNLIMITED_WRITES } from './support/test-app';
import { makeTestFolder, TestFolder, testDatabaseKind } from './support/test-database';

const EXECUTIVE = 'executive@example.org';

/** A GraphQL request to one process, anonymous unless a cookie is given; fails the test on any error. */
async function gql<T>(server: Served, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  expect(body.errors).toBeUndefined();
  return { data: body.data!, headers: response.headers };
}

/**
 * Two real API processes (the built dist/main.js) on one PostgreSQL database, each keeping the
 * answers of its anonymous readers (public-cache/): whatever is written through one process, or
 * by the `tracker` CLI, the other's anonymous readers see on their next read, though it had kept
 * the answer from before. PostgreSQL only: an SQLite installation runs one process
 * (public-cache.integration-spec.ts covers it, the CLI's writes from another process included).
 */
describe('the public cache of two processes on one PostgreSQL', () => {
  let folder: TestFolder;
  let database: string;
  let a: Served;
  let b: Served;
  let client: Client;
  let executive: string;

  beforeAll(async () => {
    if (testDatabaseKind() !== 'postgres')
      throw new Error(
        'Several processes share one database on PostgreSQL only: run `npm run -w api integration:postgres`.',
      );
    folder = makeTestFolder('tracker-public-cache-');
    database = await preparedDatabase(folder, [EXECUTIVE], TEST_PASSWORD);
    [a, b] = await Promise.all([serve(database, UNLIMITED_WRITES), serve(database, UNLIMITED_WRITES)]);
    client = new Client({ connectionString: database });
    await client.connect();
    const login = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: EXECUTIVE, password: TEST_PASSWORD } } }),
    });
    executive = login.headers.get('set-cookie')!.split(';')[0];
  }, STARTING_MS);
  afterAll(async () => {
    await client?.end();
    await Promise.all([a?.stop(), b?.stop()]);
    await folder?.remove();
  });

  const planOnB = async () => (await gql<PlanAnswer>(b, PLAN_READ, { slug: PLAN })).data;
  const organisationsOnB = async () => (await gql<OrganisationsAnswer>(b, ORGANISATIONS_READ)).data;
  /** Reads on B twice, so that B has kept the answer. */
  const keptOnB = async <T>(reader: () => Promise<T>): Promise<T> => {
    await reader();
    return reader();
  };
  const writeOnA = async <T = Record<string, unknown>>(query: string, input: Record<string, unknown>) =>
    (await gql<T>(a, query, { input }, executive)).data;

  it('answers from what B kept until something is written: a change made behind the API’s back is not seen', async () => {
    const before = commitmentOf(await keptOnB(planOnB), 'C11');
    // No write of the tracker does this: it changes a row without bumping the data generation.
    await client.query('UPDATE "commitment" SET "title" = $1 WHERE "id" = $2', ['Changed behind the API', before.id]);
    expect(commitmentOf(await planOnB(), 'C11').title).toBe(before.title);
    await writeOnA(ADD_COMMENT, { commitmentId: before.id, body: 'Any write through A.' });
    expect(commitmentOf(await planOnB(), 'C11').title).toBe('Changed behind the API');
  });

  it('shows on B a status update posted through A', async () => {
    const before = commitmentOf(await keptOnB(planOnB), 'C9');
    expect(before.assessment).toBe('NOT_YET_ASSESSED');
    await writeOnA(POST_ENTRY, {
      subjectType: 'COMMITMENT',
      subjectId: before.id,
      lens: 'ASSESSMENT',
      status: 'LIMITED',
      narrative: 'Assessed through A.',
    });
    expect(commitmentOf(await planOnB(), 'C9').assessment).toBe('LIMITED');
  });

  it('shows on B an edit of a commitment’s wording made through A', async () => {
    const before = commitmentOf(await keptOnB(planOnB), 'C6');
    await writeOnA(UPDATE_COMMITMENT, { id: before.id, version: before.version, title: 'C6, worded through A' });
    expect(commitmentOf(await planOnB(), 'C6').title).toBe('C6, worded through A');
  });

  it('shows on B a comment made through A', async () => {
    const before = commitmentOf(await keptOnB(planOnB), 'C5');
    await writeOnA(ADD_COMMENT, { commitmentId: before.id, body: 'Commented through A.' });
    const after = commitmentOf(await planOnB(), 'C5');
    expect(after.comments.totalCount).toBe(before.comments.totalCount + 1);
    expect(after.comments.edges.map((edge) => edge.node.body)).toContain('Commented through A.');
  });

  it('shows on B a plan published through A, and no more once A takes it back to draft', async () => {
    const { createPlan } = await writeOnA<{ createPlan: { id: string; version: number } }>(CREATE_PLAN, {
      slug: 'published-through-a',
      title: 'Published through A',
      counterpart: 'Labour Party',
    });
    expect(planSlugsOf(await keptOnB(organisationsOnB))).not.toContain('published-through-a');
    const { publishPlan } = await writeOnA<{ publishPlan: { version: number } }>(PUBLISH_PLAN, {
      id: createPlan.id,
      version: createPlan.version,
    });
    expect(planSlugsOf(await keptOnB(organisationsOnB))).toContain('published-through-a');
    await writeOnA(UNPUBLISH_PLAN, { id: createPlan.id, version: publishPlan.version, reason: 'Taken back.' });
    expect(planSlugsOf(await organisationsOnB())).not.toContain('published-through-a');
  });

  it('shows on B an open-data import made through A', async () => {
    const before = commitmentOf(await keptOnB(planOnB), 'C1');
    const imported = await fetch(`${a.url}/data/${ORG}/import?dryRun=false&plan=${PLAN}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'x-file-name': 'commitments.csv', cookie: executive },
      body: retitleCsv('C1', 'C1 as imported through A', before.version),
    });
    expect(imported.status).toBe(200);
    expect(commitmentOf(await planOnB(), 'C1').title).toBe('C1 as imported through A');
  });

  it('shows on both a write of the tracker CLI', async () => {
    await keptOnB(organisationsOnB);
    await gql(a, ORGANISATIONS_READ);
    await tracker(database, ['org:create', '--slug', 'made-by-the-cli', '--name', 'Made by the CLI']);
    for (const server of [a, b]) {
      const { data } = await gql<OrganisationsAnswer>(server, ORGANISATIONS_READ);
      expect(data.organisations.map((organisation) => organisation.slug)).toContain('made-by-the-cli');
    }
  });

  it('gives the same bytes the same ETag on both processes', async () => {
    const onA = await gql(a, ORGANISATIONS_READ);
    const onB = await gql(b, ORGANISATIONS_READ);
    expect(onA.headers.get('etag')).toBeTruthy();
    expect(onB.headers.get('etag')).toBe(onA.headers.get('etag'));
  });
});
