import { startTestApp, TestApp } from './support/test-app';

/** One rejection test per limit of the GraphQL surface (docs/security.md). */
describe('GraphQL limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const nested = (levels: number): string => {
    // plan → commitments → edges → node → recommendations → commitments → … alternates two fields.
    let selection = 'reference';
    for (let i = 0; i < levels; i++)
      selection = i % 2 === 0 ? `recommendations { ${selection} }` : `commitments { ${selection} }`;
    return selection;
  };

  it('answers the deepest query the dashboard needs', async () => {
    const result = await t.gql(
      `{ plan(slug: "islamophobia-action-plan") { commitments(first: 1) { edges { node { recommendations { commitments { reference } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses a query deeper than 8 levels, through fragments too', async () => {
    const deep = await t.gql(`{ report(slug: "islamophobia-and-the-muslim-experience") { ${nested(8)} } }`);
    expect(deep.errors![0]).toMatchObject({
      message: 'Query depth limit of 8 exceeded, found 10.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const viaFragment = await t.gql(
      `query { report(slug: "islamophobia-and-the-muslim-experience") { ...F } } fragment F on Report { ${nested(8)} }`,
    );
    expect(viaFragment.errors![0].message).toBe('Query depth limit of 8 exceeded, found 10.');
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `o${i}: organisations { slug }`).join(' ');
    const result = await t.gql(`{ ${aliases} }`);
    expect(result.errors![0]).toMatchObject({
      message: 'Aliases limit of 15 exceeded, found 16.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses a document of more than 5,000 tokens', async () => {
    const result = await t.gql(`{ organisations { ${'slug '.repeat(5_000)} } }`);
    expect(result.errors![0]).toMatchObject({
      message: expect.stringMatching(/more that 5000 tokens/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('does not suggest field names to someone probing the schema', async () => {
    const result = await t.gql('{ organisation(slug: "labour-muslim-network") { nam } }');
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });
});
