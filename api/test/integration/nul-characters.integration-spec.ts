import { signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { startTestApp, TestApp } from './support/test-app';

const REFUSED = 'Text may not contain the NUL character (U+0000); remove it and try again.';

/**
 * NUL (U+0000) in text is refused at the door with the same client error on both databases
 * (PostgreSQL cannot store it; SQLite could), and nothing is written or looked up.
 */
describe('text with a NUL character', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestApp();
    cookie = await signInDemo(t, 'executive@example.org');
  });
  afterAll(() => t.close());

  it.each([
    ['a variable of a query', 'query ($slug: String!) { plan(slug: $slug) { title } }', { slug: 'a\u0000b' }],
    ['a literal of a query', '{ plan(slug: "a\\u0000b") { title } }', {}],
  ])('in %s is BAD_USER_INPUT, 400', async (_where, query, variables) => {
    const response = await t.post({ query, variables }, cookie);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toEqual([
      expect.objectContaining({ message: REFUSED, extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
  });

  it('in a query that is also above the cost limit is one 400, with no refusal left unhandled', async () => {
    const costly =
      '{ organisations { plans { commitments(first: 100) { edges { node { milestones { title } } } } } } commitment(id: "a\\u0000b") { id } }';
    const response = await t.post({ query: costly }, undefined);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors).toHaveLength(1);
    expect([REFUSED, expect.stringMatching(/^The query costs/)]).toContainEqual(body.errors[0].message);
    // A rejection nobody handled would fail the test it lands in; let it land here.
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('in an edit leaves the record as it was', async () => {
    const id = (await demoIds(t)).commitment('C2');
    const read = async () =>
      (
        await t.gql<{ commitment: { title: string; version: number } }>(
          'query ($id: ID!) { commitment(id: $id) { title version } }',
          { id },
        )
      ).data!.commitment;
    const before = await read();
    const response = await t.post(
      {
        query: 'mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { title } }',
        variables: { input: { id, version: before.version, title: 'Half\u0000title' } },
      },
      cookie,
    );
    expect(response.status).toBe(400);
    expect(await read()).toEqual(before);
  });

  it('in an address is a 400 before any route looks it up', async () => {
    const response = await fetch(`${t.url}/data/labour-muslim-network/a%00b.json`);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(REFUSED);
  });
});
