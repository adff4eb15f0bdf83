import { startTestApp, TestApp } from './support/test-app';

const PLAN = 'islamophobia-action-plan';
const REPORT = 'islamophobia-and-the-muslim-experience';

interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type CommitmentRow = {
  id: string;
  reference: string;
  assessment: string;
  partyReported: string;
  deadline: string;
  verifiable: boolean;
};

describe('the public read API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const commitments = async (args: string) => {
    const result = await t.gql<{ plan: { commitments: Page<CommitmentRow> } }>(
      `{ plan(slug: "${PLAN}") { commitments(${args}) { totalCount edges { cursor node { id reference assessment partyReported deadline verifiable } } pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.plan.commitments;
  };

  it('lists the three organisations and their plans', async () => {
    const { data } = await t.gql<{
      organisations: { slug: string; plans: { slug: string; isIllustrative: boolean }[] }[];
    }>('{ organisations { slug name plans { slug isIllustrative } } }');
    expect(data!.organisations.map((o) => o.slug).sort()).toEqual([
      'bame-labour',
      'labour-muslim-network',
      'lgbt-labour',
    ]);
    const lmn = data!.organisations.find((o) => o.slug === 'labour-muslim-network')!;
    expect(lmn.plans).toEqual([{ slug: PLAN, isIllustrative: true }]);
  });

  it('gives the report with its seven real findings in order', async () => {
    const { data } = await t.gql<{ report: { findings: { label: string; value: number; unit: string }[] } }>(
      `{ report(slug: "${REPORT}") { title findings { label value unit } } }`,
    );
    expect(data!.report.findings.map((f) => f.value)).toEqual([29, 37, 44, 48, 59, 55, 56]);
    expect(data!.report.findings[3]).toEqual({
      label: 'no confidence in the complaints procedure to deal with Islamophobia',
      value: 48,
      unit: '%',
    });
  });

  it('shows, for each recommendation, the commitments that answer it and the gaps', async () => {
    const { data } = await t.gql<{
      report: {
        recommendations: {
          reference: string;
          response: string;
          isIllustrative: boolean;
          commitments: { reference: string }[];
        }[];
      };
    }>(
      `{ report(slug: "${REPORT}") { recommendations { reference response isIllustrative commitments { reference } } } }`,
    );
    const byRef = new Map(data!.report.recommendations.map((r) => [r.reference, r]));
    expect(byRef.get('R1')!.commitments.map((c) => c.reference)).toEqual(['C1', 'C3']);
    expect(byRef.get('R9')!.commitments).toEqual([]);
    expect(byRef.get('R1')!.isIllustrative).toBe(true);
  });

  it('rolls the plan up from the ledger, unassessed counted apart', async () => {
    const { data } = await t.gql<{
      plan: {
        summary: Record<string, unknown> & { byAssessment: { status: string; count: number; share: number | null }[] };
      };
    }>(
      `{ plan(slug: "${PLAN}") { summary { commitmentsTotal assessedTotal unassessedCount milestonesTotal milestonesComplete
        overdueCount dueSoonCount unverifiableCount disagreementCount byAssessment { status count share } } } }`,
    );
    const summary = data!.plan.summary;
    expect(summary).toMatchObject({
      commitmentsTotal: 12,
      assessedTotal: 10,
      unassessedCount: 2,
      unverifiableCount: 1,
      disagreementCount: 1,
    });
    expect(summary.byAssessment.map((s) => s.status)).toEqual([
      'NOT_STARTED',
      'LIMITED',
      'SUBSTANTIAL',
      'COMPLETE',
      'ABANDONED',
    ]);
    expect(summary.byAssessment.reduce((sum, s) => sum + s.count, 0)).toBe(10);
    expect(summary.byAssessment.find((s) => s.status === 'COMPLETE')).toEqual({
      status: 'COMPLETE',
      count: 3,
      share: 0.3,
    });
    expect(summary.overdueCount).toBeGreaterThanOrEqual(3);
    expect(summary.dueSoonCount).toBe(2);
  });

  it('computes the three lenses per commitment', async () => {
    const page = await commitments('first: 100');
    const byRef = new Map(page.edges.map((e) => [e.node.reference, e.node]));
    expect(byRef.get('C1')).toMatchObject({ assessment: 'COMPLETE', deadline: 'MET' });
    expect(byRef.get('C2')).toMatchObject({ assessment: 'COMPLETE', deadline: 'MET_LATE' });
    expect(byRef.get('C3')).toMatchObject({ assessment: 'LIMITED', partyReported: 'SUBSTANTIAL', deadline: 'OVERDUE' });
    expect(byRef.get('C5')).toMatchObject({ deadline: 'DUE_SOON' });
    expect(byRef.get('C9')).toMatchObject({
      assessment: 'NOT_YET_ASSESSED',
      deadline: 'NO_DEADLINE',
      verifiable: false,
    });
  });

  it('walks the commitments page by page with cursors', async () => {
    const first = await commitments('first: 5');
    expect(first.totalCount).toBe(12);
    expect(first.edges.map((e) => e.node.reference)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    const second = await commitments(`first: 5, after: "${first.pageInfo.endCursor}"`);
    expect(second.edges.map((e) => e.node.reference)).toEqual(['C6', 'C7', 'C8', 'C9', 'C10']);
    const third = await commitments(`first: 5, after: "${second.pageInfo.endCursor}"`);
    expect(third.edges.map((e) => e.node.reference)).toEqual(['C11', 'C12']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by lens, theme and text', async () => {
    expect((await commitments('filter: { deadline: [OVERDUE] }')).edges.map((e) => e.node.reference)).toContain('C12');
    const overdue = await commitments('filter: { deadline: [OVERDUE] }');
    expect(overdue.edges.every((e) => e.node.deadline === 'OVERDUE')).toBe(true);
    const complete = await commitments('filter: { assessment: [COMPLETE] }');
    expect(complete.edges.map((e) => e.node.reference)).toEqual(['C1', 'C2', 'C7']);
    const training = await commitments('filter: { theme: "Education", search: "training" }');
    expect(training.edges.map((e) => e.node.reference)).toEqual(['C2', 'C5']);
    expect((await commitments('filter: { search: "no such words anywhere" }')).totalCount).toBe(0);
    expect((await commitments('filter: { verifiable: false }')).edges.map((e) => e.node.reference)).toEqual(['C9']);
    expect((await commitments('filter: { disagreement: true }')).edges.map((e) => e.node.reference)).toEqual(['C3']);
    expect((await commitments('filter: { verifiable: true }')).totalCount).toBe(11);
  });

  it.each([
    ['first: 0', 'first'],
    ['first: 1000', 'first'],
    ['first: 5, after: "!!not-a-cursor"', 'after'],
    ['first: 5, after: "Zm9vYmFy"', 'after'],
    ['filter: { search: "' + 'x'.repeat(201) + '" }', 'filter.search'],
  ])('answers %s with BAD_USER_INPUT naming the field', async (args, field) => {
    const result = await t.gql(`{ plan(slug: "${PLAN}") { commitments(${args}) { totalCount } } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['{ plan(slug: "no-such-plan") { title } }', 'plan'],
    ['{ organisation(slug: "no-such-org") { name } }', 'organisation'],
    ['{ report(slug: "no-such-report") { title } }', 'report'],
    ['{ commitment(id: "00000000-0000-0000-0000-000000000000") { title } }', 'commitment'],
  ])('answers an unknown key with NOT_FOUND: %s', async (query, field) => {
    const result = await t.gql(query);
    expect(result.errors?.[0]).toMatchObject({ path: [field], extensions: { code: 'NOT_FOUND' } });
    expect(result.data?.[field]).toBeNull();
  });

  it('shows a commitment’s history, ledger entries and revisions in time order', async () => {
    const { data } = await t.gql<{ plan: { commitment: { id: string; version: number } } }>(
      `{ plan(slug: "${PLAN}") { commitment(reference: "C4") { id version } } }`,
    );
    const { id, version } = data!.plan.commitment;
    expect(version).toBe(2);
    const history = await t.gql<{
      commitment: {
        history: Page<{
          __typename: string;
          createdAt: string;
          field?: string;
          before?: string;
          after?: string;
          status?: string;
          reasonCode?: string;
        }>;
      };
    }>(
      `query ($id: ID!) { commitment(id: $id) { history(first: 100) { totalCount edges { node { __typename
        ... on StatusUpdate { createdAt status reasonCode } ... on Revision { createdAt field before after } } } } } }`,
      { id },
    );
    const nodes = history.data!.commitment.history.edges.map((e) => e.node);
    expect(nodes.map((n) => n.__typename)).toContain('Revision');
    expect(nodes.filter((n) => n.__typename === 'StatusUpdate').length).toBe(5);
    const times = nodes.map((n) => n.createdAt);
    expect([...times].sort()).toEqual(times);
    expect(nodes.find((n) => n.status === 'MISSED')).toMatchObject({ reasonCode: 'RESOURCES' });
    expect(nodes.find((n) => n.__typename === 'Revision')).toMatchObject({ field: 'dueDate' });
  });

  it('serves hidden comments without their text', async () => {
    const { data } = await t.gql<{
      plan: {
        commitment: {
          comments: Page<{ body: string | null; hidden: boolean; author: { displayName: string; role: string } }>;
        };
      };
    }>(
      `{ plan(slug: "${PLAN}") { commitment(reference: "C4") { comments { edges { node { body hidden author { displayName role } } } } } } }`,
    );
    const comments = data!.plan.commitment.comments.edges.map((e) => e.node);
    expect(comments.find((c) => c.hidden)).toEqual(expect.objectContaining({ body: null, hidden: true }));
    expect(comments.find((c) => !c.hidden)!.body).toMatch(/Quarterly data/);
  });

  it('never exposes emails or password hashes', async () => {
    const result = await t.gql('{ plan(slug: "islamophobia-action-plan") { latestUpdates { author { email } } } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lists the latest updates newest first by the time they record', async () => {
    const { data } = await t.gql<{ plan: { latestUpdates: { createdAt: string }[] } }>(
      `{ plan(slug: "${PLAN}") { latestUpdates(first: 50) { createdAt } } }`,
    );
    const times = data!.plan.latestUpdates.map((u) => u.createdAt);
    expect(times.length).toBeGreaterThan(40);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('rebuilds progress over time from the ledger', async () => {
    const { data } = await t.gql<{
      plan: { progress: { date: string; assessedTotal: number; milestonesComplete: number }[] };
    }>(`{ plan(slug: "${PLAN}") { progress { date assessedTotal milestonesComplete } } }`);
    const points = data!.plan.progress;
    expect(points[0].date <= '2021-03-31').toBe(true);
    expect(points[0].assessedTotal).toBe(0);
    expect(points.at(-1)!.assessedTotal).toBe(10);
    const complete = points.map((p) => p.milestonesComplete);
    expect(Math.max(...complete)).toBe(complete.at(-1));
  });

  it('gives the same progress as one list per figure (progressSeries)', async () => {
    type Point = {
      date: string;
      assessedTotal: number;
      unassessedCount: number;
      milestonesTotal: number;
      milestonesComplete: number;
      byAssessment: { status: string; count: number }[];
    };
    type Series = {
      dates: string[];
      assessedTotal: number[];
      unassessedCount: number[];
      milestonesTotal: number[];
      milestonesComplete: number[];
      byAssessment: { status: string; counts: number[] }[];
    };
    const figures = 'assessedTotal unassessedCount milestonesTotal milestonesComplete';
    const { data } = await t.gql<{ plan: { progress: Point[]; progressSeries: Series } }>(
      `{ plan(slug: "${PLAN}") {
          progress { date ${figures} byAssessment { status count } }
          progressSeries { dates ${figures} byAssessment { status counts } } } }`,
    );
    const { progress, progressSeries: series } = data!.plan;
    expect(progress.length).toBeGreaterThan(12);
    expect(series.byAssessment.map((s) => s.status)).toEqual(progress[0].byAssessment.map((c) => c.status));
    const points = series.dates.map((date, i) => ({
      date,
      assessedTotal: series.assessedTotal[i],
      unassessedCount: series.unassessedCount[i],
      milestonesTotal: series.milestonesTotal[i],
      milestonesComplete: series.milestonesComplete[i],
      byAssessment: series.byAssessment.map(({ status, counts }) => ({ status, count: counts[i] })),
    }));
    expect(points).toEqual(progress);
  });
});
