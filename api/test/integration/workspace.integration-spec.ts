import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { startTestApp, TestApp } from './support/test-app';

const WORKSPACE =
  '{ workspace { email user { displayName role } organisation { slug } plans { slug } awaitingResponse { reference } } }';
type WorkspaceData = {
  workspace: {
    email: string;
    user: { displayName: string; role: string };
    organisation: { slug: string } | null;
    plans: { slug: string }[];
    awaitingResponse: { reference: string }[];
  };
};
const MODERATION = `query ($hidden: Boolean) { moderation(hidden: $hidden, first: 100) {
  totalCount edges { node { body hiddenReason hiddenAt hiddenBy { role } commitment { reference } comment { id body hidden } } } } }`;
type ModerationData = {
  moderation: {
    totalCount: number;
    edges: {
      node: {
        body: string;
        hiddenReason: string | null;
        hiddenAt: string | null;
        hiddenBy: { role: string } | null;
        commitment: { reference: string };
        comment: { id: string; body: string | null; hidden: boolean };
      };
    }[];
  };
};
const ADD = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';
const POST = 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }';

describe('the console’s queries: workspace, moderation, revisions', () => {
  let t: TestApp;
  let executive: string;
  let otherExecutive: string;
  let liaison: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
    await createAccount(t, 'exec.lgbt@example.org', { executiveOf: 'lgbt-labour' });
    otherExecutive = await signIn(t, 'exec.lgbt@example.org');
    await createAccount(t, 'new.liaison@example.org', { liaisonOf: 'islamophobia-action-plan' });
    liaison = await signIn(t, 'new.liaison@example.org');
    ids = await demoIds(t);
  });
  afterAll(() => t.close());

  const workspace = async (cookie: string) => (await t.gql<WorkspaceData>(WORKSPACE, {}, cookie)).data!.workspace;

  describe('workspace', () => {
    it('is refused to anonymous visitors', async () => {
      expect((await t.gql(WORKSPACE)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('gives an executive their organisation and its plans, and nothing to respond to', async () => {
      expect(await workspace(executive)).toEqual({
        email: 'executive@example.org',
        user: expect.objectContaining({ role: 'EXECUTIVE' }) as unknown,
        organisation: { slug: 'labour-muslim-network' },
        plans: [{ slug: 'islamophobia-action-plan' }],
        awaitingResponse: [],
      });
      expect((await workspace(otherExecutive)).plans.map((p) => p.slug)).not.toContain('islamophobia-action-plan');
    });

    it('lists for a liaison the assessed commitments of their plan they have not responded to since', async () => {
      const { data } = await t.gql<{
        plan: { commitments: { edges: { node: { reference: string; assessment: string } }[] } };
      }>(
        '{ plan(slug: "islamophobia-action-plan") { commitments(first: 100) { edges { node { reference assessment } } } } }',
      );
      const assessed = data!.plan.commitments.edges
        .filter((e) => e.node.assessment !== 'NOT_YET_ASSESSED')
        .map((e) => e.node.reference);
      expect(assessed.length).toBeGreaterThan(1);

      const before = await workspace(liaison);
      expect(before.plans).toEqual([{ slug: 'islamophobia-action-plan' }]);
      expect(before.organisation).toBeNull();
      expect(before.awaitingResponse.map((c) => c.reference).sort()).toEqual([...assessed].sort());

      const [first] = assessed;
      const response = { commitmentId: ids.commitment(first), body: 'We agree.', kind: 'RESPONSE', stance: 'AGREE' };
      expect((await t.gql(ADD, { input: response }, liaison)).errors).toBeUndefined();
      const afterResponse = (await workspace(liaison)).awaitingResponse.map((c) => c.reference);
      expect(afterResponse).not.toContain(first);
      expect(afterResponse).toHaveLength(assessed.length - 1);

      const reassessed = await t.gql(
        POST,
        {
          input: {
            subjectType: 'COMMITMENT',
            subjectId: ids.commitment(first),
            lens: 'ASSESSMENT',
            status: 'LIMITED',
            narrative: 'Reassessed after the response.',
          },
        },
        executive,
      );
      expect(reassessed.errors).toBeUndefined();
      const afterReassessment = (await workspace(liaison)).awaitingResponse.map((c) => c.reference);
      expect(afterReassessment[afterReassessment.length - 1]).toBe(first);
    });
  });

  describe('moderation', () => {
    it('shows an executive every comment on their plans, newest first, hidden ones with text and reason', async () => {
      const visible = await t.gql<{ addComment: { id: string } }>(
        ADD,
        { input: { commitmentId: ids.commitment('C2'), body: 'A fair question.' } },
        otherExecutive,
      );
      const abusive = await t.gql<{ addComment: { id: string } }>(
        ADD,
        { input: { commitmentId: ids.commitment('C3'), body: 'Something abusive.' } },
        otherExecutive,
      );
      const hideMutation = 'mutation ($input: HideCommentInput!) { hideComment(input: $input) { id } }';
      const hidden = await t.gql(
        hideMutation,
        { input: { id: abusive.data!.addComment.id, reason: 'Abuse' } },
        executive,
      );
      expect(hidden.errors).toBeUndefined();

      const all = (await t.gql<ModerationData>(MODERATION, {}, executive)).data!.moderation;
      const nodes = all.edges.map((e) => e.node);
      expect(nodes[0]).toEqual({
        body: 'Something abusive.',
        hiddenReason: 'Abuse',
        hiddenAt: expect.any(String) as unknown,
        hiddenBy: { role: 'EXECUTIVE' },
        commitment: { reference: 'C3' },
        comment: { id: abusive.data!.addComment.id, body: null, hidden: true },
      });
      expect(nodes[1]).toMatchObject({ body: 'A fair question.', hiddenReason: null, commitment: { reference: 'C2' } });
      expect(all.totalCount).toBe(nodes.length);

      const onlyHidden = (await t.gql<ModerationData>(MODERATION, { hidden: true }, executive)).data!.moderation;
      expect(onlyHidden.edges.every((e) => e.node.comment.hidden)).toBe(true);
      expect(onlyHidden.edges.map((e) => e.node.comment.id)).toContain(abusive.data!.addComment.id);
      const onlyVisible = (await t.gql<ModerationData>(MODERATION, { hidden: false }, executive)).data!.moderation;
      expect(onlyVisible.edges.some((e) => e.node.comment.hidden)).toBe(false);
      expect(onlyHidden.totalCount + onlyVisible.totalCount).toBe(all.totalCount);
      expect(visible.errors).toBeUndefined();
    });

    it('shows another organisation’s executive none of them, and refuses liaisons and visitors', async () => {
      const other = (await t.gql<ModerationData>(MODERATION, {}, otherExecutive)).data!.moderation;
      expect(other.edges.map((e) => e.node.body)).not.toContain('Something abusive.');
      expect((await t.gql(MODERATION, {}, liaison)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await t.gql(MODERATION)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('revisions', () => {
    it('lists the edits of one item publicly, field by field, oldest first', async () => {
      const plan = await t.gql<{ plan: { id: string; version: number; title: string } }>(
        '{ plan(slug: "islamophobia-action-plan") { id version title } }',
      );
      const { id, version, title } = plan.data!.plan;
      const update = 'mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { version } }';
      await t.gql(update, { input: { id, version, title: `${title} (revised)` } }, executive);
      await t.gql(update, { input: { id, version: version + 1, counterpart: 'The Labour Party' } }, executive);

      const { data, errors } = await t.gql<{
        revisions: {
          totalCount: number;
          edges: { node: { field: string; before: string; after: string; version: number } }[];
        };
      }>(
        'query ($id: ID!) { revisions(subjectType: PLAN, subjectId: $id) { totalCount edges { node { field before after version } } } }',
        { id },
      );
      expect(errors).toBeUndefined();
      expect(data!.revisions.edges.map((e) => e.node)).toEqual([
        { field: 'title', before: title, after: `${title} (revised)`, version: version + 1 },
        { field: 'counterpart', before: 'Labour Party', after: 'The Labour Party', version: version + 2 },
      ]);
    });

    it('refuses an id the API did not give out', async () => {
      const result = await t.gql('{ revisions(subjectType: PLAN, subjectId: "nope") { totalCount } }');
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    });
  });
});
