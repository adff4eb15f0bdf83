import { recordLoggedErrors } from './support/logged-errors';
import { startTestApp, TestApp } from './support/test-app';

const PLAN = 'islamophobia-action-plan';
const HUGE = 'x'.repeat(900 * 1024);

/** Requests a stranger may send that are wrong or unusual: each is a client error, never an unexpected one. */
describe('GraphQL client errors', () => {
  let t: TestApp;
  let logged: ReturnType<typeof recordLoggedErrors>;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(() => {
    logged = recordLoggedErrors();
  });
  afterEach(() => {
    const messages = logged.messages();
    logged.stop();
    expect(messages).toEqual([]);
  });
  afterAll(() => t.close());

  it('treats commitments(filter: null) as no filter, signed out', async () => {
    const all = await t.gql<{ plan: { commitments: { totalCount: number } } }>(
      `{ plan(slug: "${PLAN}") { commitments { totalCount } } }`,
    );
    const result = await t.gql<{ plan: { commitments: { totalCount: number } } }>(
      `{ plan(slug: "${PLAN}") { commitments(filter: null) { totalCount } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.plan.commitments.totalCount).toBe(all.data!.plan.commitments.totalCount);
    const asVariable = await t.gql(
      `query ($filter: CommitmentFilter) { plan(slug: "${PLAN}") { commitments(filter: $filter) { totalCount } } }`,
      { filter: null },
    );
    expect(asVariable).toEqual(result);
  });

  it('answers an automatic persisted query, even one whose hash does not match, with PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    for (const sha256Hash of ['0'.repeat(64), undefined]) {
      const response = await t.post({
        query: sha256Hash ? '{ organisations { slug } }' : undefined,
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hash ?? 'a'.repeat(64) } },
      });
      expect(response.status).toBeLessThan(500);
      const body = await response.json();
      expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } })]);
    }
  });

  it('refuses a subscription over HTTP before running it, with GRAPHQL_VALIDATION_FAILED', async () => {
    const refusals = [
      {
        query: 'subscription Watch { planChanged(slug: "x") { sequence } }',
        message: 'Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.',
      },
      { query: 'subscription { me { id } }', message: 'Cannot query field "me" on type "Subscription".' },
    ];
    for (const { query, message } of refusals) {
      const response = await t.post({ query });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ]);
    }
  });

  it('refuses an over-long slug, id or reference with BAD_USER_INPUT naming it, and looks up one at the limit', async () => {
    const lookups = [
      { query: `{ plan(slug: "${'a'.repeat(81)}") { id } }`, field: 'slug' },
      { query: `{ organisation(slug: "${'a'.repeat(81)}") { id } }`, field: 'slug' },
      { query: `{ report(slug: "${'a'.repeat(81)}") { id } }`, field: 'slug' },
      { query: `{ commitment(id: "${'a'.repeat(37)}") { id } }`, field: 'id' },
      { query: `{ plan(slug: "${PLAN}") { commitment(reference: "${'C'.repeat(21)}") { id } } }`, field: 'reference' },
    ];
    for (const { query, field } of lookups) {
      const result = await t.gql(query);
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(new RegExp(`^${field} must be at most \\d+ characters$`)),
          extensions: { code: 'BAD_USER_INPUT', field },
        }),
      ]);
    }
    const atTheLimit = await t.gql(`{ plan(slug: "${'a'.repeat(80)}") { id } }`);
    expect(atTheLimit.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', key: 'a'.repeat(80) });
  });

  it('never echoes a 900 KB argument back, written in the query or sent as a variable', async () => {
    const commitmentId = '00000000-0000-4000-8000-000000000000';
    const requests = [
      { body: { query: `{ plan(slug: "${HUGE}") { id } }` }, code: 'BAD_USER_INPUT' },
      { body: { query: `{ commitment(id: { a: "${HUGE}" }) { id } }` }, code: 'GRAPHQL_VALIDATION_FAILED' },
      {
        body: { query: `{ plan(slug: "${PLAN}") { commitments(filter: { assessment: [${HUGE}] }) { totalCount } } }` },
        code: 'GRAPHQL_VALIDATION_FAILED',
      },
      {
        body: {
          query: `query ($first: Int!) { plan(slug: "${PLAN}") { commitments(first: $first) { totalCount } } }`,
          variables: { first: HUGE },
        },
        code: 'BAD_USER_INPUT',
      },
      {
        body: {
          query: 'mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }',
          variables: { input: { commitmentId, title: 'A step', dueDate: HUGE } },
        },
        code: 'BAD_USER_INPUT',
      },
    ];
    for (const { body, code } of requests) {
      const response = await t.post(body);
      const text = await response.text();
      expect(text.length).toBeLessThan(2_000);
      expect(JSON.parse(text).errors).toEqual([
        expect.objectContaining({ extensions: expect.objectContaining({ code }) }),
      ]);
    }
  });
});
