import { AuditEvent } from '../../src/audit/audit-event.entity';
import { AuditService } from '../../src/audit/audit.service';
import { Commitment } from '../../src/commitments/commitment.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { startTestApp, TestApp } from './support/test-app';

const LMN_PLAN = 'islamophobia-action-plan';
const LMN_REPORT = 'islamophobia-and-the-muslim-experience';
const COMMITMENT = `id reference title description owner successCriteria dueDate theme verifiable isIllustrative version
  recommendations { id reference }`;

interface CommitmentRow {
  id: string;
  reference: string;
  title: string;
  description: string;
  owner: string | null;
  successCriteria: string | null;
  dueDate: string | null;
  theme: string | null;
  verifiable: boolean;
  isIllustrative: boolean;
  version: number;
  recommendations: { id: string; reference: string }[];
}
interface RevisionRow {
  __typename: string;
  subjectType: string;
  subjectId: string;
  field: string;
  before: string | null;
  after: string | null;
  version: number;
}

describe('commitments: create, update and link to recommendations', () => {
  let t: TestApp;
  let executive: string;
  let otherExecutive: string;
  let liaison: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let recommendationId: (reference: string) => string;
  /** A recommendation of an LMN report that the demo plan does not answer. */
  let unansweredRecommendationId: string;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'commitments.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'commitments.bame@example.org');
    ids = await demoIds(t);
    const { data } = await t.gql<{ report: { recommendations: { id: string; reference: string }[] } }>(
      `{ report(slug: "${LMN_REPORT}") { recommendations { id reference } } }`,
    );
    const byRef = new Map(data!.report.recommendations.map((r) => [r.reference, r.id]));
    recommendationId = (reference) => byRef.get(reference)!;
    const other = await t.gql<{ createReport: { id: string } }>(
      'mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }',
      { input: { slug: 'lmn-councillors-survey', title: 'Councillors survey' } },
      executive,
    );
    const recommendation = await t.gql<{ createRecommendation: { id: string } }>(
      'mutation ($input: CreateRecommendationInput!) { createRecommendation(input: $input) { id } }',
      { input: { reportId: other.data!.createReport.id, reference: 'R1', title: 'Train councillors' } },
      executive,
    );
    unansweredRecommendationId = recommendation.data!.createRecommendation.id;
  });
  afterAll(() => t.close());

  const createCommitment = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ createCommitment: CommitmentRow }>(
      `mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { ${COMMITMENT} } }`,
      { input: { planId: ids.planId, ...input } },
      cookie,
    );
  const updateCommitment = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ updateCommitment: CommitmentRow }>(
      `mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { ${COMMITMENT} } }`,
      { input },
      cookie,
    );
  const link = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ linkRecommendation: CommitmentRow }>(
      `mutation ($input: LinkRecommendationInput!) { linkRecommendation(input: $input) { ${COMMITMENT} } }`,
      { input },
      cookie,
    );
  const commitment = async (id: string): Promise<CommitmentRow> => {
    const { data, errors } = await t.gql<{ commitment: CommitmentRow }>(
      `query ($id: ID!) { commitment(id: $id) { ${COMMITMENT} } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    return data!.commitment;
  };
  const revisionsOf = async (id: string): Promise<RevisionRow[]> => {
    const { data, errors } = await t.gql<{ commitment: { history: { edges: { node: RevisionRow }[] } } }>(
      `query ($id: ID!) { commitment(id: $id) { history(first: 100) { edges { node {
        __typename ... on Revision { subjectType subjectId field before after version } } } } } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    return data!.commitment.history.edges.map((e) => e.node).filter((n) => n.__typename === 'Revision');
  };
  const auditActions = async (subjectId: string) =>
    (await t.dataSource.getRepository(AuditEvent).find({ where: { subjectId }, order: { createdAt: 'ASC' } })).map(
      (e) => e.action,
    );
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';

  let commitmentCount = 0;
  const newCommitment = async (input: Record<string, unknown> = {}): Promise<CommitmentRow> => {
    commitmentCount += 1;
    const result = await createCommitment(
      { reference: `T${commitmentCount}`, title: 'A test commitment', ...input },
      executive,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createCommitment;
  };

  describe('createCommitment', () => {
    it('adds a commitment at the end of the plan, answering recommendations, for the public to see', async () => {
      const result = await createCommitment(
        {
          reference: 'C13',
          title: '  Publish complaint statistics by protected characteristic ',
          description: 'Quarterly.',
          owner: 'Governance and Legal Unit',
          successCriteria: 'Four quarterly reports a year.',
          dueDate: '2031-06-30',
          theme: 'Complaints',
          recommendationIds: [recommendationId('R9'), recommendationId('R10')],
        },
        executive,
      );
      expect(result.errors).toBeUndefined();
      const created = result.data!.createCommitment;
      expect(created).toMatchObject({
        reference: 'C13',
        title: 'Publish complaint statistics by protected characteristic',
        description: 'Quarterly.',
        owner: 'Governance and Legal Unit',
        successCriteria: 'Four quarterly reports a year.',
        dueDate: '2031-06-30',
        theme: 'Complaints',
        verifiable: true,
        isIllustrative: false,
        version: 1,
      });
      expect(created.recommendations.map((r) => r.reference)).toEqual(['R9', 'R10']);
      const { data } = await t.gql<{
        plan: {
          commitment: { id: string };
          commitments: { edges: { node: { reference: string } }[] };
          summary: { commitmentsTotal: number };
        };
        report: { recommendations: { reference: string; commitments: { reference: string }[] }[] };
      }>(
        `{ plan(slug: "${LMN_PLAN}") { commitment(reference: "C13") { id }
             commitments(first: 100) { edges { node { reference } } } summary { commitmentsTotal } }
           report(slug: "${LMN_REPORT}") { recommendations { reference commitments { reference } } } }`,
      );
      expect(data!.plan.commitment.id).toBe(created.id);
      expect(data!.plan.commitments.edges.at(-1)!.node.reference).toBe('C13');
      expect(data!.plan.summary.commitmentsTotal).toBe(13);
      const r9 = data!.report.recommendations.find((r) => r.reference === 'R9')!;
      expect(r9.commitments).toEqual([{ reference: 'C13' }]);
      expect(await auditActions(created.id)).toEqual(['commitment.create']);
    });

    it('counts a commitment without owner, date or criteria as not verifiable', async () => {
      const created = await newCommitment({ owner: '  ', successCriteria: null });
      expect(created).toMatchObject({ owner: null, successCriteria: null, dueDate: null, verifiable: false });
    });

    it('counts an owner of only spaces as missing, even one stored before input was trimmed', async () => {
      const created = await newCommitment({
        owner: 'Home Office',
        successCriteria: 'Published.',
        dueDate: '2031-01-31',
      });
      expect(created.verifiable).toBe(true);
      await t.dataSource.getRepository(Commitment).update(created.id, { owner: '   ' });
      expect(await commitment(created.id)).toMatchObject({ owner: '   ', verifiable: false });
      const { data, errors } = await t.gql<{ plan: { commitments: { edges: { node: { id: string } }[] } } }>(
        `{ plan(slug: "${LMN_PLAN}") { commitments(filter: { verifiable: false }, first: 100) { edges { node { id } } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data!.plan.commitments.edges.map((e) => e.node.id)).toContain(created.id);
    });

    it('keeps references unique within the plan', async () => {
      const result = await createCommitment({ reference: 'C1', title: 'Again' }, executive);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
    });

    it('links only recommendations of the reports the plan answers', async () => {
      const result = await createCommitment(
        { reference: 'C50', title: 'x', recommendationIds: [recommendationId('R1'), unansweredRecommendationId] },
        executive,
      );
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recommendationIds' });
      const unknown = await createCommitment({ reference: 'C50', title: 'x', recommendationIds: [UNKNOWN] }, executive);
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(`{ plan(slug: "${LMN_PLAN}") { commitment(reference: "C50") { id } } }`))).toBe(
        'NOT_FOUND',
      );
    });

    it('refuses bad input naming the field', async () => {
      const problem = async (input: Record<string, unknown>) =>
        (await createCommitment({ reference: 'C60', title: 'Fine', ...input }, executive)).errors![0];
      expect((await problem({ reference: 'C 60' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reference',
      });
      expect((await problem({ title: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await problem({ title: 'x'.repeat(301) })).extensions).toMatchObject({ field: 'title' });
      expect((await problem({ owner: 'x'.repeat(201) })).extensions).toMatchObject({ field: 'owner' });
      expect((await problem({ theme: 'x'.repeat(101) })).extensions).toMatchObject({ field: 'theme' });
      expect((await problem({ recommendationIds: ['R1'] })).extensions).toMatchObject({ field: 'recommendationIds' });
      const badDate = await problem({ dueDate: '2024-02-30' });
      expect(badDate.extensions!.code).toBe('BAD_USER_INPUT');
      expect(badDate.message).toContain('dueDate');
      expect(codeOf(await createCommitment({ reference: 'C60', title: 'x', planId: UNKNOWN }, executive))).toBe(
        'NOT_FOUND',
      );
    });

    it('lets only the executive of the plan’s organisation add one', async () => {
      const input = { reference: 'C70', title: 'Not theirs' };
      expect(codeOf(await createCommitment(input, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await createCommitment(input, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await createCommitment(input))).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateCommitment', () => {
    it('edits the fields sent and shows each change, before and after, in the public history', async () => {
      const id = ids.commitment('C2');
      const original = await commitment(id);
      const result = await updateCommitment(
        {
          id,
          version: original.version,
          title: 'A reworded commitment',
          owner: 'General Secretary’s office',
          dueDate: '2031-12-31',
          successCriteria: null,
        },
        executive,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateCommitment).toMatchObject({
        reference: original.reference,
        description: original.description,
        theme: original.theme,
        title: 'A reworded commitment',
        owner: 'General Secretary’s office',
        dueDate: '2031-12-31',
        successCriteria: null,
        verifiable: false,
        version: original.version + 1,
      });
      expect(await commitment(id)).toEqual(result.data!.updateCommitment);
      const revisions = (await revisionsOf(id)).filter((r) => r.version === original.version + 1);
      expect(
        revisions.map(({ subjectType, subjectId, field, before, after }) => ({
          subjectType,
          subjectId,
          field,
          before,
          after,
        })),
      ).toEqual(
        expect.arrayContaining([
          {
            subjectType: 'COMMITMENT',
            subjectId: id,
            field: 'title',
            before: original.title,
            after: 'A reworded commitment',
          },
          {
            subjectType: 'COMMITMENT',
            subjectId: id,
            field: 'owner',
            before: original.owner,
            after: 'General Secretary’s office',
          },
          { subjectType: 'COMMITMENT', subjectId: id, field: 'dueDate', before: original.dueDate, after: '2031-12-31' },
          {
            subjectType: 'COMMITMENT',
            subjectId: id,
            field: 'successCriteria',
            before: original.successCriteria,
            after: null,
          },
        ]),
      );
      expect(revisions).toHaveLength(4);
      expect(await auditActions(id)).toContain('commitment.update');
    });

    it('renames a reference unless another commitment of the plan has it', async () => {
      const created = await newCommitment();
      const taken = await updateCommitment({ id: created.id, version: 1, reference: 'C1' }, executive);
      expect(taken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
      const renamed = await updateCommitment({ id: created.id, version: 1, reference: 'C14' }, executive);
      expect(renamed.data!.updateCommitment).toMatchObject({ reference: 'C14', version: 2 });
      const { data } = await t.gql<{ plan: { commitment: { id: string } } }>(
        `{ plan(slug: "${LMN_PLAN}") { commitment(reference: "C14") { id } } }`,
      );
      expect(data!.plan.commitment.id).toBe(created.id);
    });

    it('refuses a stale version with CONFLICT and the current version', async () => {
      const created = await newCommitment();
      expect((await updateCommitment({ id: created.id, version: 1, title: 'One' }, executive)).errors).toBeUndefined();
      const stale = await updateCommitment({ id: created.id, version: 1, title: 'Two' }, executive);
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await commitment(created.id)).title).toBe('One');
    });

    it('lets only the executive of the owning organisation edit', async () => {
      const id = ids.commitment('C10');
      const { version } = await commitment(id);
      const edit = { id, version, title: 'Rewritten' };
      expect(codeOf(await updateCommitment(edit, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await updateCommitment(edit, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await updateCommitment(edit))).toBe('UNAUTHENTICATED');
      expect(codeOf(await updateCommitment({ ...edit, id: UNKNOWN }, executive))).toBe('NOT_FOUND');
      expect((await commitment(id)).version).toBe(version);
    });

    it('refuses bad input naming the field', async () => {
      const created = await newCommitment();
      const problem = async (input: Record<string, unknown>) =>
        (await updateCommitment({ id: created.id, version: 1, ...input }, executive)).errors![0];
      expect((await problem({ title: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await problem({ title: null })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await problem({ title: 'x'.repeat(301) })).extensions).toMatchObject({ field: 'title' });
      expect((await problem({ reference: null })).extensions).toMatchObject({ field: 'reference' });
      expect((await problem({ reference: '.C1' })).extensions).toMatchObject({ field: 'reference' });
      expect((await problem({ planId: ids.planId })).extensions).toMatchObject({ field: 'planId' });
      const badDate = await problem({ dueDate: '2024-02-30' });
      expect(badDate.extensions!.code).toBe('BAD_USER_INPUT');
      expect(badDate.message).toContain('dueDate');
      expect((await commitment(created.id)).version).toBe(1);
    });
  });

  describe('linkRecommendation', () => {
    it('adds and removes a link, each once, with an audit event; repeating is a no-op', async () => {
      const id = ids.commitment('C11');
      const r9 = recommendationId('R9');
      const before = await commitment(id);
      expect(before.recommendations.map((r) => r.id)).not.toContain(r9);

      const linked = await link({ commitmentId: id, recommendationId: r9 }, executive);
      expect(linked.errors).toBeUndefined();
      expect(linked.data!.linkRecommendation.recommendations.map((r) => r.id)).toContain(r9);
      const again = await link({ commitmentId: id, recommendationId: r9, unlink: false }, executive);
      expect(again.errors).toBeUndefined();
      expect(again.data!.linkRecommendation.recommendations.filter((r) => r.id === r9)).toHaveLength(1);
      const { data } = await t.gql<{
        report: { recommendations: { reference: string; commitments: { id: string }[] }[] };
      }>(`{ report(slug: "${LMN_REPORT}") { recommendations { reference commitments { id } } } }`);
      expect(data!.report.recommendations.find((r) => r.reference === 'R9')!.commitments.map((c) => c.id)).toContain(
        id,
      );

      const unlinked = await link({ commitmentId: id, recommendationId: r9, unlink: true }, executive);
      expect(unlinked.errors).toBeUndefined();
      expect(unlinked.data!.linkRecommendation.recommendations).toEqual(before.recommendations);
      expect((await link({ commitmentId: id, recommendationId: r9, unlink: true }, executive)).errors).toBeUndefined();

      expect((await auditActions(id)).filter((a) => a.startsWith('commitment.'))).toEqual([
        'commitment.link',
        'commitment.unlink',
      ]);
      expect((await commitment(id)).version).toBe(before.version);
    });

    it('links only recommendations of the reports the plan answers', async () => {
      const id = ids.commitment('C12');
      const result = await link({ commitmentId: id, recommendationId: unansweredRecommendationId }, executive);
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recommendationId' });
      expect(codeOf(await link({ commitmentId: id, recommendationId: UNKNOWN }, executive))).toBe('NOT_FOUND');
      expect(codeOf(await link({ commitmentId: UNKNOWN, recommendationId: recommendationId('R1') }, executive))).toBe(
        'NOT_FOUND',
      );
      expect((await link({ commitmentId: id, recommendationId: 'R1' }, executive)).errors![0].extensions).toMatchObject(
        {
          code: 'BAD_USER_INPUT',
          field: 'recommendationId',
        },
      );
    });

    it('lets only the executive of the owning organisation link', async () => {
      const input = { commitmentId: ids.commitment('C12'), recommendationId: recommendationId('R9') };
      expect(codeOf(await link(input, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await link(input, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await link(input))).toBe('UNAUTHENTICATED');
      expect((await commitment(input.commitmentId)).recommendations.map((r) => r.id)).not.toContain(
        input.recommendationId,
      );
    });

    it('keeps no link when its audit event cannot be written', async () => {
      const id = ids.commitment('C12');
      const r10 = recommendationId('R10');
      const spy = jest.spyOn(t.app.get(AuditService), 'record').mockRejectedValueOnce(new Error('disk full'));
      try {
        expect(codeOf(await link({ commitmentId: id, recommendationId: r10 }, executive))).toBe(
          'INTERNAL_SERVER_ERROR',
        );
      } finally {
        spy.mockRestore();
      }
      expect((await commitment(id)).recommendations.map((r) => r.id)).not.toContain(r10);
    });
  });
});
