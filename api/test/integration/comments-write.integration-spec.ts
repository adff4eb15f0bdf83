import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { sql } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';

const ADD =
  'mutation ($input: AddCommentInput!) { addComment(input: $input) { id body kind stance hidden author { displayName role } } }';
const HIDE = 'mutation ($input: HideCommentInput!) { hideComment(input: $input) { id hidden body } }';
type Added = { addComment: { id: string; body: string | null; kind: string; stance: string | null; hidden: boolean } };

describe('comments and the right of reply', () => {
  let t: TestApp;
  let executive: string;
  let liaison: string;
  let otherExecutive: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'exec.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'exec.bame@example.org');
    ids = await demoIds(t);
  });
  afterAll(() => t.close());

  const add = (input: Record<string, unknown>, cookie?: string) => t.gql<Added>(ADD, { input }, cookie);

  it('stores the body exactly as written and serves it', async () => {
    const body = '**Bold** and <script>alert(1)</script> as text';
    const added = await add({ commitmentId: ids.commitment('C5'), body }, otherExecutive);
    expect(added.data!.addComment).toMatchObject({ body, kind: 'COMMENT', stance: null, hidden: false });
  });

  it('lets a liaison respond to the latest assessment with a stance', async () => {
    const response = await add(
      { commitmentId: ids.commitment('C5'), body: 'We disagree.', kind: 'RESPONSE', stance: 'DISAGREE' },
      liaison,
    );
    expect(response.data!.addComment).toMatchObject({ kind: 'RESPONSE', stance: 'DISAGREE' });
    const { data } = await t.gql<{
      plan: { commitment: { comments: { edges: { node: { stance: string | null; author: { role: string } } }[] } } };
    }>(
      '{ plan(slug: "islamophobia-action-plan") { commitment(reference: "C5") { comments { edges { node { stance author { role } } } } } } }',
    );
    expect(data!.plan.commitment.comments.edges.map((e) => e.node)).toContainEqual({
      stance: 'DISAGREE',
      author: { role: 'LIAISON' },
    });
  });

  it('refuses a response from anyone but the plan’s liaison, without a stance, or with nothing to respond to', async () => {
    const input = { commitmentId: ids.commitment('C5'), body: 'Response', kind: 'RESPONSE', stance: 'AGREE' };
    expect((await add(input, executive)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await add({ ...input, stance: null }, liaison)).errors![0].extensions).toMatchObject({ field: 'stance' });
    expect((await add({ ...input, commitmentId: ids.commitment('C9') }, liaison)).errors![0].extensions).toMatchObject({
      field: 'kind',
    });
    expect((await add({ ...input, kind: 'COMMENT' }, liaison)).errors![0].extensions).toMatchObject({
      field: 'stance',
    });
  });

  it('threads replies only within one commitment', async () => {
    const parent = await add({ commitmentId: ids.commitment('C5'), body: 'A question.' }, executive);
    const reply = await add(
      { commitmentId: ids.commitment('C5'), body: 'An answer.', parentId: parent.data!.addComment.id },
      liaison,
    );
    expect(reply.errors).toBeUndefined();
    const elsewhere = await add(
      { commitmentId: ids.commitment('C6'), body: 'Misplaced.', parentId: parent.data!.addComment.id },
      liaison,
    );
    expect(elsewhere.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('hides a comment from the public while keeping its text for the record', async () => {
    const added = await add({ commitmentId: ids.commitment('C6'), body: 'Something abusive.' }, otherExecutive);
    const id = added.data!.addComment.id;
    expect((await t.gql(HIDE, { input: { id, reason: 'Abuse' } }, liaison)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(HIDE, { input: { id, reason: 'Abuse' } }, otherExecutive)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const hidden = await t.gql<{ hideComment: { hidden: boolean; body: string | null } }>(
      HIDE,
      { input: { id, reason: 'Abuse' } },
      executive,
    );
    expect(hidden.data!.hideComment).toMatchObject({ hidden: true, body: null });
    const [row] = await sql(t.dataSource, 'SELECT body, hidden_reason FROM comment WHERE id = ?', [id]);
    expect(row).toEqual({ body: 'Something abusive.', hidden_reason: 'Abuse' });
  });

  it('refuses the signed-out and over-long bodies', async () => {
    expect((await add({ commitmentId: ids.commitment('C5'), body: 'Hello' })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    const long = await add({ commitmentId: ids.commitment('C5'), body: 'x'.repeat(5001) }, executive);
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });
});
