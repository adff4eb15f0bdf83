import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { startTestApp, TestApp } from './support/test-app';

const POST = `mutation ($input: PostStatusUpdateInput!) {
  postStatusUpdate(input: $input) { id lens status createdAt onBehalfOfParty corrects { id } evidence { url kind } }
}`;
const EVIDENCE = [{ url: 'https://example.org/report.pdf', title: 'Annual report', kind: 'OFFICIAL_DOCUMENT' }];

describe('postStatusUpdate: the ledger', () => {
  let t: TestApp;
  let executive: string;
  let liaison: string;
  let otherLiaison: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'liaison.bame@example.org', { liaisonOf: 'race-equality-action-plan' });
    otherLiaison = await signIn(t, 'liaison.bame@example.org');
    ids = await demoIds(t);
  });
  afterAll(() => t.close());

  const post = (input: Record<string, unknown>, cookie: string) =>
    t.gql<{ postStatusUpdate: { id: string; onBehalfOfParty: boolean; corrects: { id: string } | null } }>(
      POST,
      { input: { subjectType: 'COMMITMENT', lens: 'ASSESSMENT', narrative: '', evidence: [], ...input } },
      cookie,
    );

  it('refuses COMPLETE without evidence, explaining the rule, and accepts it with evidence', async () => {
    const without = await post({ subjectId: ids.commitment('C8'), status: 'COMPLETE' }, executive);
    expect(without.errors![0]).toMatchObject({
      message: 'A move to complete needs at least one piece of public evidence.',
      extensions: { code: 'BAD_USER_INPUT', field: 'evidence' },
    });
    const withEvidence = await post(
      { subjectId: ids.commitment('C8'), status: 'COMPLETE', evidence: EVIDENCE },
      executive,
    );
    expect(withEvidence.errors).toBeUndefined();
    const { data } = await t.gql<{ plan: { commitment: { assessment: string; deadline: string } } }>(
      '{ plan(slug: "islamophobia-action-plan") { commitment(reference: "C8") { assessment deadline } } }',
    );
    expect(data!.plan.commitment).toEqual({ assessment: 'COMPLETE', deadline: 'MET' });
  });

  it('keeps the assessment lens to the executive and the party-reported lens to the plan’s liaisons', async () => {
    const subjectId = ids.commitment('C6');
    expect((await post({ subjectId, status: 'LIMITED' }, liaison)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const party = await post({ subjectId, lens: 'PARTY_REPORTED', status: 'LIMITED' }, liaison);
    expect(party.data!.postStatusUpdate.onBehalfOfParty).toBe(false);
    const onBehalf = await post({ subjectId, lens: 'PARTY_REPORTED', status: 'LIMITED' }, executive);
    expect(onBehalf.data!.postStatusUpdate.onBehalfOfParty).toBe(true);
    const other = await post({ subjectId, lens: 'PARTY_REPORTED', status: 'LIMITED' }, otherLiaison);
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('needs a reason code for a setback and keeps milestones in the assessment lens', async () => {
    const milestone = { subjectType: 'MILESTONE', subjectId: ids.milestone('C6', 0) };
    expect((await post({ ...milestone, status: 'MISSED' }, executive)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reasonCode',
    });
    expect((await post({ ...milestone, status: 'MISSED', reasonCode: 'RESOURCES' }, executive)).errors).toBeUndefined();
    expect(
      (await post({ ...milestone, lens: 'PARTY_REPORTED', status: 'IN_PROGRESS' }, executive)).errors![0].extensions,
    ).toMatchObject({
      field: 'lens',
    });
    expect((await post({ ...milestone, status: 'IN_PROGRESS' }, liaison)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
  });

  it('accepts evidence with http or https addresses only', async () => {
    const result = await post(
      {
        subjectId: ids.commitment('C6'),
        status: 'SUBSTANTIAL',
        evidence: [{ ...EVIDENCE[0], url: 'javascript:alert(1)' }],
      },
      executive,
    );
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidence.0.url' });
  });

  it('records a correction as a new entry pointing to the entry of the same subject and lens it corrects', async () => {
    const first = await post(
      { subjectId: ids.commitment('C11'), status: 'LIMITED', narrative: 'Typed in error.' },
      executive,
    );
    const wrongTarget = await post(
      { subjectId: ids.commitment('C12'), status: 'LIMITED', correctsId: first.data!.postStatusUpdate.id },
      executive,
    );
    expect(wrongTarget.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'correctsId' });
    const correction = await post(
      {
        subjectId: ids.commitment('C11'),
        status: 'SUBSTANTIAL',
        evidence: EVIDENCE,
        correctsId: first.data!.postStatusUpdate.id,
      },
      executive,
    );
    expect(correction.data!.postStatusUpdate.corrects).toEqual({ id: first.data!.postStatusUpdate.id });
    const history = await t.gql<{ commitment: { history: { edges: { node: { id?: string; status?: string } }[] } } }>(
      'query ($id: ID!) { commitment(id: $id) { history(first: 100) { edges { node { ... on StatusUpdate { id status } } } } } }',
      { id: ids.commitment('C11') },
    );
    const entries = history.data!.commitment.history.edges.map((e) => e.node.id);
    expect(entries).toContain(first.data!.postStatusUpdate.id);
    expect(entries.at(-1)).toBe(correction.data!.postStatusUpdate.id);
  });

  it('rejects an input field the type does not have, naming it', async () => {
    const viaVariables = await post({ subjectId: ids.commitment('C6'), status: 'LIMITED', sneaky: true }, executive);
    expect(viaVariables.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sneaky' });
    const inline = await t.gql(
      `mutation { postStatusUpdate(input: { subjectType: COMMITMENT, subjectId: "${ids.commitment('C6')}", lens: ASSESSMENT, status: LIMITED, sneaky: 1 }) { id } }`,
      {},
      executive,
    );
    expect(inline.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sneaky' });
  });

  it('refuses the signed-out', async () => {
    const result = await t.gql(POST, {
      input: { subjectType: 'COMMITMENT', subjectId: ids.commitment('C6'), lens: 'ASSESSMENT', status: 'LIMITED' },
    });
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
