import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DefinitionNode,
  DocumentNode,
  FragmentSpreadNode,
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  visit,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../../src/config/app-config';
import { queryCost } from '../../src/graphql/query-cost';
import { signInDemo } from './support/accounts';
import { serve, STARTING_MS } from './support/served';
import { seedSizedPlan } from './support/sized-plan';
import { startTestApp, TestApp } from './support/test-app';
import { makeTestFolder } from './support/test-database';
import { webOperations } from './support/web-documents';

const PLAN = 'islamophobia-action-plan';

/** 15 aliases of a page of 100 commitments, each asking `perCommitment`: the probes that once stalled the server. */
const aliasedPages = (plan: string, perCommitment: string): string =>
  `{ ${Array.from(
    { length: 15 },
    (_, i) => `a${i}: plan(slug: "${plan}") { commitments(first: 100) { edges { node { id ${perCommitment} } } } }`,
  ).join(' ')} }`;

const PLAN_WIDE_UNDER_A_LIST = 'plan { progress { date } summary { commitmentsTotal } themes { key } owners { key } }';
const HISTORY_AND_COMMENTS =
  'title milestones { id title } history(first: 100) { edges { cursor } } comments(first: 100) { edges { node { id body } } }';

/** Each definition of a document, printed without the `__typename` fields Apollo adds when it sends it. */
const printedWithoutTypename = (definitions: readonly DefinitionNode[]): string[] =>
  definitions
    .map((definition) =>
      print(visit(definition, { Field: (field) => (field.name.value === '__typename' ? null : undefined) })),
    )
    .sort();

/** The operation named `name` of `document` and the fragments it spreads, through other fragments too. */
function operationWithItsFragments(document: DocumentNode, name: string): DefinitionNode[] {
  const byName = new Map(
    document.definitions.flatMap((definition) =>
      'name' in definition && definition.name ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const needed = new Map<string, DefinitionNode>();
  const add = (definition: DefinitionNode | undefined, key: string): void => {
    if (!definition || needed.has(key)) return;
    needed.set(key, definition);
    visit(definition, {
      FragmentSpread: (spread: FragmentSpreadNode) => add(byName.get(spread.name.value), spread.name.value),
    });
  };
  add(
    document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name),
    `operation ${name}`,
  );
  return [...needed.values()];
}

describe('Query cost', () => {
  let t: TestApp;
  let limit: number;
  beforeAll(async () => {
    t = await startTestApp();
    limit = t.app.get(AppConfig).GRAPHQL_MAX_COST;
  });
  afterAll(() => t.close());

  it('lets every document the dashboard sends through with at least twice the headroom, at the largest page', async () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const operations = await webOperations(schema);
    expect(operations.length).toBeGreaterThan(20);
    const over = operations
      .map(({ name, document, variables }) => ({ name, cost: queryCost(schema, document, variables, name) }))
      .filter(({ cost }) => cost * 2 > limit);
    expect(over).toEqual([]);
  });

  it("keeps the benchmarks' dashboard query (bench/dashboard.graphql) the dashboard's own document", async () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const dashboard = (await webOperations(schema)).find(({ name }) => name === 'PlanDashboard');
    expect(dashboard).toBeDefined();
    const bench = parse(readFileSync(join(__dirname, '..', '..', '..', 'bench', 'dashboard.graphql'), 'utf8'));
    expect(printedWithoutTypename(bench.definitions)).toEqual(
      printedWithoutTypename(operationWithItsFragments(dashboard!.document, 'PlanDashboard')),
    );
  });

  it.each([
    ['plan-wide figures under a list of commitments', PLAN_WIDE_UNDER_A_LIST],
    ['history and comments of every commitment of 15 pages', HISTORY_AND_COMMENTS],
  ])('refuses %s before running anything, saying what it costs', async (_name, perCommitment) => {
    const response = await t.post({ query: aliasedPages(PLAN, perCommitment) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toMatch(
      /^The query costs [\d,]+; at most 60,000 is allowed\. Ask for smaller pages/,
    );
    expect(body.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 60_000 });
    expect(body.errors[0].extensions.cost).toBeGreaterThan(100_000);
  });

  it('lets plan-wide figures through at the top of the plan, and prices them out under a page of commitments', async () => {
    const top = await t.gql(`{ plan(slug: "${PLAN}") { summary { commitmentsTotal } progress { date } } }`);
    expect(top.errors).toBeUndefined();
    const nested = await t.gql(
      `{ plan(slug: "${PLAN}") { commitments(first: 100) { edges { node { plan { summary { commitmentsTotal } progress { date } } } } } } }`,
    );
    expect(nested.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers an operationName that names no operation of the document as a client error', async () => {
    const response = await t.post({ query: '{ organisations { slug } }', operationName: 'Other' });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(response.status).toBeLessThan(500);
  });

  it('leaves introspection, which is off in production, out of the cost', async () => {
    expect((await t.gql(getIntrospectionQuery())).errors).toBeUndefined();
  });

  it('prices a page by the size asked for, through variables too', async () => {
    const query = `query Pages($n: Int!) { plan(slug: "${PLAN}") { commitments(first: $n) { edges { node { history(first: $n) { edges { cursor } } comments(first: $n) { edges { node { id body } } } } } } } }`;
    expect((await t.gql(query, { n: 5 })).errors).toBeUndefined();
    const large = await t.gql(query, { n: 100 });
    expect(large.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: expect.any(Number) });
  });
});

describe('Request budget', () => {
  const stopped = { data: null, errors: [{ message: expect.any(String), extensions: { code: 'QUERY_TOO_LARGE' } }] };

  it('stops a query that runs past its time, and the server answers the next request', async () => {
    const t = await startTestApp({
      env: { GRAPHQL_MAX_COST: '1000000000', GRAPHQL_MAX_VALUES: '10000000', GRAPHQL_TIME_LIMIT_MS: '50' },
    });
    try {
      await seedSizedPlan(t.dataSource, 'probe-plan', 100);
      const result = await t.gql(aliasedPages('probe-plan', HISTORY_AND_COMMENTS));
      expect(result).toEqual(stopped);
      expect(result.errors![0].message).toMatch(/ran for more than 50 ms/);
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('never cuts a mutation short: a write that was made is always answered', async () => {
    const t = await startTestApp({ env: { GRAPHQL_TIME_LIMIT_MS: '1', GRAPHQL_MAX_VALUES: '100' } });
    try {
      const executive = await signInDemo(t, 'executive@example.org');
      // Read from the database: a query would not get through a budget of one millisecond.
      const [{ id: commitmentId }] = await t.dataSource.query<{ id: string }[]>(
        "SELECT id FROM commitment WHERE reference = 'C5'",
      );
      const body = 'Written under a budget of one millisecond.';
      const added = await t.gql<{ addComment: { id: string; body: string } }>(
        'mutation ($input: AddCommentInput!) { addComment(input: $input) { id body author { displayName role } } }',
        { input: { commitmentId, body } },
        executive,
      );
      expect(added.errors).toBeUndefined();
      expect(added.data!.addComment.body).toBe(body);
    } finally {
      await t.close();
    }
  });

  it(
    'stops a query in the middle of a list and the server process carries on',
    async () => {
      // graphql-js stops completing a list at the item that fails and leaves the earlier items'
      // fields in flight; they fail too once the budget is spent, after the answer has gone. That
      // must not end the process, as an unhandled rejection does in Node.
      const folder = makeTestFolder('tracker-budget-');
      const server = await serve(await folder.database(), { GRAPHQL_MAX_VALUES: '100' });
      try {
        const post = (query: string) =>
          fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          }).then((response) => response.json() as Promise<unknown>);
        // Five values an entry, the fifth (its commitment) from a loader: the 101st value is the
        // 20th entry's fourth, while the first 19 entries' commitments are still being read.
        const result = await post(
          `{ plan(slug: "${PLAN}") { latestUpdates(first: 50) { status lens createdAt narrative commitment { reference } } } }`,
        );
        expect(result).toEqual(stopped);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(await post(`{ plan(slug: "${PLAN}") { title } }`)).toEqual({
          data: { plan: { title: expect.any(String) } },
        });
      } finally {
        await server.stop();
        await folder.remove();
      }
    },
    STARTING_MS,
  );

  it('stops a query whose answer would hold more values than one request may, with no partial data', async () => {
    const t = await startTestApp({ env: { GRAPHQL_MAX_VALUES: '100' } });
    try {
      const small = await t.gql(`{ plan(slug: "${PLAN}") { title commitments(first: 5) { edges { node { id } } } } }`);
      expect(small.errors).toBeUndefined();
      const result = await t.gql(
        `{ plan(slug: "${PLAN}") { commitments(first: 100) { edges { node { id title reference description owner theme history(first: 20) { edges { cursor } } } } } } }`,
      );
      expect(result).toEqual(stopped);
      expect(result.errors![0].message).toMatch(/more than 100 values/);
    } finally {
      await t.close();
    }
  });
});
