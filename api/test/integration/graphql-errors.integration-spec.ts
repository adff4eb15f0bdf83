import { recordLoggedErrors } from './support/logged-errors';
import { startTestApp, TestApp } from './support/test-app';

const PLAN = 'islamophobia-action-plan';

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

  it('refuses a subscription before running it, with GRAPHQL_VALIDATION_FAILED', async () => {
    for (const query of ['subscription { me { id } }', 'subscription Watch { plan(slug: "x") { title } }']) {
      const response = await t.post({ query });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'The subscription operation is not supported by this API.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    }
  });
});
