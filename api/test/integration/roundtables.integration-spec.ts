import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Revision } from '../../src/revisions/revision.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { undoMigrationsThrough } from './support/migrations';
import { sql } from './support/sql';
import { countStatements, GraphQLResponse, startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';
import { DATA_GENERATION_TABLE } from '../../src/common/data-generation';

const ROUNDTABLE = `id title description audience startsAt endsAt location online capacity registrationOpen
  status cancellationReason attendance version registeredCount waitingCount placesLeft`;
const ASK =
  'id statement raisedBy theme version answered links { commitment { id } milestone { id } recommendation { id } }';
const CREATE = `mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { ${ROUNDTABLE} } }`;
const UPDATE = `mutation ($input: UpdateRoundtableInput!) { updateRoundtable(input: $input) { ${ROUNDTABLE} } }`;
const CANCEL = `mutation ($input: CancelRoundtableInput!) { cancelRoundtable(input: $input) { ${ROUNDTABLE} } }`;
const CREATE_ASK = `mutation ($input: CreateAskInput!) { createAsk(input: $input) { ${ASK} } }`;
const UPDATE_ASK = `mutation ($input: UpdateAskInput!) { updateAsk(input: $input) { ${ASK} } }`;
const DELETE_ASK = 'mutation ($input: DeleteAskInput!) { deleteAsk(input: $input) { id asks { id } } }';
const LINK = `mutation ($input: AskLinkInput!) { linkAsk(input: $input) { ${ASK} } }`;
const UNLINK = `mutation ($input: AskLinkInput!) { unlinkAsk(input: $input) { ${ASK} } }`;
const JOINING_LINK = 'query ($id: ID!) { roundtableJoiningLink(id: $id) }';
const REVISIONS = `query ($type: RevisionSubject!, $id: ID!) {
  revisions(subjectType: $type, subjectId: $id, first: 100) { edges { node { field before after version } } } }`;
/** Every field of a roundtable the public can ask for, and everything that hangs from it. */
const PUBLIC_ROUNDTABLE = `query ($id: ID!) { roundtable(id: $id) { ${ROUNDTABLE} createdAt updatedAt
  plan { slug } asks { ${ASK} roundtable { id } } } }`;

interface RoundtableRow {
  id: string;
  title: string;
  location: string | null;
  online: boolean;
  capacity: number | null;
  registrationOpen: boolean;
  status: string;
  cancellationReason: string | null;
  attendance: number | null;
  version: number;
  registeredCount: number;
  waitingCount: number;
  placesLeft: number | null;
}
interface AskRow {
  id: string;
  statement: string;
  raisedBy: number | null;
  theme: string | null;
  version: number;
  answered: boolean;
  links: {
    commitment: { id: string } | null;
    milestone: { id: string } | null;
    recommendation: { id: string } | null;
  }[];
}
interface Summary {
  held: number;
  participants: number;
  asksRaised: number;
  asksAnswered: number;
}

const JOINING = 'https://meet.example.org/j/secret-room-4821';
const PAST = { startsAt: '2025-05-10T17:00:00.000Z', endsAt: '2025-05-10T19:00:00.000Z' };
const FUTURE = { startsAt: '2031-05-10T17:00:00.000Z', endsAt: '2031-05-10T19:00:00.000Z' };

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const messageOf = (result: GraphQLResponse) => result.errors?.[0]?.message;

/**
 * Roundtables and their asks (issue 15), on the demo: the executives of the plan's organisation
 * announce, edit, hold and cancel them with revisions and conflicts, record the asks and link
 * them to what answers them; everyone else reads counts only, never the joining link.
 */
describe('roundtables and their asks', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let executive: string;
  let liaison: string;
  let otherExecutive: string;
  beforeAll(async () => {
    t = await startTestApp({ env: UNLIMITED_WRITES });
    ids = await demoIds(t);
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'roundtables.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'roundtables.bame@example.org');
  });
  afterAll(() => t.close());

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, cookie?: string) =>
    t.gql<T>(query, variables, cookie);
  async function ok<T>(query: string, input: Record<string, unknown>, cookie = executive): Promise<T> {
    const result = await gql<T>(query, { input }, cookie);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }
  const create = async (input: Record<string, unknown> = {}): Promise<RoundtableRow> =>
    (
      await ok<{ createRoundtable: RoundtableRow }>(CREATE, {
        planId: ids.planId,
        title: 'Members’ roundtable',
        audience: 'MEMBERS',
        location: 'Community hall, Example Street',
        capacity: 30,
        registrationOpen: true,
        ...FUTURE,
        ...input,
      })
    ).createRoundtable;
  const update = async (input: Record<string, unknown>): Promise<RoundtableRow> =>
    (await ok<{ updateRoundtable: RoundtableRow }>(UPDATE, input)).updateRoundtable;
  const held = async (attendance = 25): Promise<RoundtableRow> => {
    const roundtable = await create(PAST);
    return update({ id: roundtable.id, version: roundtable.version, status: 'HELD', attendance });
  };
  const createAsk = async (roundtableId: string, statement = 'Publish the complaints data'): Promise<AskRow> =>
    (await ok<{ createAsk: AskRow }>(CREATE_ASK, { roundtableId, statement })).createAsk;
  const revisionsOf = async (type: string, id: string, cookie?: string) => {
    const { data } = await gql<{ revisions: { edges: { node: Record<string, unknown> }[] } }>(
      REVISIONS,
      { type, id },
      cookie,
    );
    return data!.revisions.edges.map((e) => e.node);
  };
  const summary = async (): Promise<Summary> =>
    (
      await gql<{ plan: { roundtableSummary: Summary } }>(
        '{ plan(slug: "islamophobia-action-plan") { roundtableSummary { held participants asksRaised asksAnswered } } }',
        {},
      )
    ).data!.plan.roundtableSummary;

  it('the demo plan has held, cancelled and upcoming roundtables, its asks traced to answers and one left as a gap', async () => {
    expect(await summary()).toEqual({ held: 3, participants: 109, asksRaised: 7, asksAnswered: 6 });
    const { data } = await gql<{
      plan: { roundtables: { status: string; registrationOpen: boolean; asks: { answered: boolean }[] }[] };
    }>('{ plan(slug: "islamophobia-action-plan") { roundtables { status registrationOpen asks { answered } } } }', {});
    const roundtables = data!.plan.roundtables;
    expect(roundtables.map((r) => r.status)).toEqual(['HELD', 'HELD', 'HELD', 'CANCELLED', 'UPCOMING', 'UPCOMING']);
    expect(roundtables.filter((r) => r.registrationOpen)).toHaveLength(2);
    expect(roundtables.flatMap((r) => r.asks).filter((a) => !a.answered)).toHaveLength(1);
    const [{ count }] = await sql(t.dataSource, 'SELECT COUNT(*) AS count FROM roundtable_registration');
    expect(Number(count)).toBe(0);
  });

  describe('createRoundtable', () => {
    it('announces a roundtable that the public sees with counts only, at version 1, in the audit log', async () => {
      const roundtable = await create({ title: '  Councillors’ roundtable  ', audience: 'COUNCILLORS' });
      expect(roundtable).toMatchObject({
        title: 'Councillors’ roundtable',
        status: 'UPCOMING',
        version: 1,
        attendance: null,
        registeredCount: 0,
        waitingCount: 0,
        placesLeft: 30,
      });
      const { data } = await gql<{ plan: { roundtables: { id: string }[] } }>(
        '{ plan(slug: "islamophobia-action-plan") { roundtables { id } } }',
        {},
      );
      expect(data!.plan.roundtables.map((r) => r.id)).toContain(roundtable.id);
      const audit = await t.dataSource.getRepository(AuditEvent).findOneBy({ subjectId: roundtable.id });
      expect(audit).toMatchObject({ action: 'roundtable.create' });
    });

    it('refuses arrangements that do not hold together, with the field to fix, and stores nothing', async () => {
      const { data: before } = await gql<{ plan: { roundtables: unknown[] } }>(
        '{ plan(slug: "islamophobia-action-plan") { roundtables { id } } }',
        {},
      );
      const refusals: [Record<string, unknown>, string, string][] = [
        [{ endsAt: FUTURE.startsAt }, 'endsAt', 'A roundtable must end after it starts.'],
        [{ online: true, location: null }, 'joiningLink', 'An online roundtable needs a joining link'],
        [{ location: '  ' }, 'location', 'Say where the roundtable is held, or mark it online.'],
        [{ joiningLink: JOINING }, 'joiningLink', 'Only an online roundtable has a joining link'],
        [{ capacity: 0 }, 'capacity', 'capacity must be at least 1'],
        [{ joiningLink: 'javascript:alert(1)', online: true }, 'joiningLink', 'http or https'],
        [{ title: '' }, 'title', 'title must not be empty'],
      ];
      for (const [input, field, message] of refusals) {
        const result = await gql(
          CREATE,
          {
            input: { planId: ids.planId, title: 'Refused', audience: 'OPEN', location: 'A hall', ...FUTURE, ...input },
          },
          executive,
        );
        expect({ field, code: codeOf(result) }).toEqual({ field, code: 'BAD_USER_INPUT' });
        expect(JSON.stringify(result.errors)).toContain(message);
      }
      const { data: after } = await gql<{ plan: { roundtables: unknown[] } }>(
        '{ plan(slug: "islamophobia-action-plan") { roundtables { id } } }',
        {},
      );
      expect(after!.plan.roundtables).toHaveLength(before!.plan.roundtables.length);
    });
  });

  describe('updateRoundtable', () => {
    it('edits with revisions, field by field, and a stale version gets CONFLICT with the current one', async () => {
      const roundtable = await create();
      const edited = await update({ id: roundtable.id, version: 1, title: 'Activists’ roundtable', capacity: null });
      expect(edited).toMatchObject({ title: 'Activists’ roundtable', capacity: null, placesLeft: null, version: 2 });
      const stale = await gql(UPDATE, { input: { id: roundtable.id, version: 1, title: 'Lost edit' } }, executive);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 2 });
      const revisions = await revisionsOf('ROUNDTABLE', roundtable.id);
      expect(revisions).toEqual(
        expect.arrayContaining([
          { field: 'title', before: 'Members’ roundtable', after: 'Activists’ roundtable', version: 2 },
          { field: 'capacity', before: '30', after: null, version: 2 },
        ]),
      );
    });

    it('marks a roundtable held with its attendance, once it has started; held without attendance is refused', async () => {
      const future = await create();
      const early = await gql(
        UPDATE,
        { input: { id: future.id, version: 1, status: 'HELD', attendance: 3 } },
        executive,
      );
      expect(messageOf(early)).toBe('A roundtable can be marked held only once it has started.');
      const past = await create(PAST);
      const bare = await gql(UPDATE, { input: { id: past.id, version: 1, status: 'HELD' } }, executive);
      expect(codeOf(bare)).toBe('BAD_USER_INPUT');
      expect(bare.errors![0].extensions).toMatchObject({ field: 'attendance' });
      const upcoming = await gql(UPDATE, { input: { id: past.id, version: 1, attendance: 3 } }, executive);
      expect(messageOf(upcoming)).toBe('Attendance is recorded only for a roundtable that has been held.');
      const before = await summary();
      const done = await update({ id: past.id, version: 1, status: 'HELD', attendance: 18 });
      expect(done).toMatchObject({ status: 'HELD', attendance: 18, version: 2 });
      expect(await summary()).toMatchObject({ held: before.held + 1, participants: before.participants + 18 });
    });
  });

  describe('cancelRoundtable', () => {
    it('needs a reason, closes registration and shows the reason; cancelling again is a clear error', async () => {
      const roundtable = await create();
      const blank = await gql(CANCEL, { input: { id: roundtable.id, version: 1, reason: '  ' } }, executive);
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0].extensions).toMatchObject({ field: 'reason' });
      const stale = await gql(CANCEL, { input: { id: roundtable.id, version: 7, reason: 'Venue lost' } }, executive);
      expect(codeOf(stale)).toBe('CONFLICT');
      const { cancelRoundtable } = await ok<{ cancelRoundtable: RoundtableRow }>(CANCEL, {
        id: roundtable.id,
        version: 1,
        reason: 'The venue is no longer available.',
      });
      expect(cancelRoundtable).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'The venue is no longer available.',
        registrationOpen: false,
        version: 2,
      });
      const again = await gql(CANCEL, { input: { id: roundtable.id, version: 2, reason: 'Again' } }, executive);
      expect(messageOf(again)).toBe('This roundtable is already cancelled.');
      const edit = await gql(UPDATE, { input: { id: roundtable.id, version: 2, title: 'Revived' } }, executive);
      expect(messageOf(edit)).toBe('This roundtable is cancelled; a cancelled roundtable is not edited.');
      expect(
        await t.dataSource
          .getRepository(AuditEvent)
          .findOneBy({ subjectId: roundtable.id, action: 'roundtable.cancel' }),
      ).toBeTruthy();
    });

    it('refuses to cancel a roundtable that has been held', async () => {
      const roundtable = await held();
      const result = await gql(
        CANCEL,
        { input: { id: roundtable.id, version: roundtable.version, reason: 'x' } },
        executive,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(messageOf(result)).toBe('This roundtable has been held; a held roundtable cannot be cancelled.');
    });
  });

  describe('the joining link of an online roundtable', () => {
    it('is shown to the organisation’s executives and in no public answer, nor in its history', async () => {
      const roundtable = await create({ online: true, location: null, joiningLink: JOINING });
      const moved = `${JOINING}-moved`;
      await update({ id: roundtable.id, version: 1, joiningLink: moved });
      const { data } = await gql<{ roundtableJoiningLink: string }>(JOINING_LINK, { id: roundtable.id }, executive);
      expect(data!.roundtableJoiningLink).toBe(moved);
      for (const cookie of [undefined, liaison, otherExecutive]) {
        const answer = JSON.stringify(await gql(PUBLIC_ROUNDTABLE, { id: roundtable.id }, cookie));
        expect(answer).toContain(roundtable.id);
        expect(answer).not.toContain('secret-room');
        const plan = JSON.stringify(
          await gql(`{ plan(slug: "islamophobia-action-plan") { roundtables { ${ROUNDTABLE} } } }`, {}, cookie),
        );
        expect(plan).not.toContain('secret-room');
      }
      const history = await revisionsOf('ROUNDTABLE', roundtable.id);
      expect(history).toEqual([{ field: 'joiningLink', before: null, after: null, version: 2 }]);
      const stored = await t.dataSource.getRepository(Revision).findBy({ subjectId: roundtable.id });
      expect(JSON.stringify(stored)).not.toContain('secret-room');
    });
  });

  describe('asks: you said, we did', () => {
    let roundtable: RoundtableRow;
    beforeAll(async () => {
      roundtable = await held(40);
    });

    it('are recorded only once the roundtable is held', async () => {
      const upcoming = await create();
      const result = await gql(CREATE_ASK, { input: { roundtableId: upcoming.id, statement: 'Too early' } }, executive);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(messageOf(result)).toBe('Record what was raised once the roundtable is marked held, with its attendance.');
    });

    it('are created, edited with revisions and conflicts, and deleted with their wording kept', async () => {
      const ask = await createAsk(roundtable.id, '  Train every panel member  ');
      expect(ask).toMatchObject({ statement: 'Train every panel member', version: 1, answered: false, links: [] });
      const { updateAsk } = await ok<{ updateAsk: AskRow }>(UPDATE_ASK, {
        id: ask.id,
        version: 1,
        raisedBy: 12,
        theme: 'Complaints',
      });
      expect(updateAsk).toMatchObject({ raisedBy: 12, theme: 'Complaints', version: 2 });
      expect(codeOf(await gql(UPDATE_ASK, { input: { id: ask.id, version: 1, theme: 'x' } }, executive))).toBe(
        'CONFLICT',
      );
      expect(await revisionsOf('ASK', ask.id)).toEqual(
        expect.arrayContaining([
          { field: 'raisedBy', before: null, after: '12', version: 2 },
          { field: 'theme', before: null, after: 'Complaints', version: 2 },
        ]),
      );
      const { deleteAsk } = await ok<{ deleteAsk: { id: string; asks: { id: string }[] } }>(DELETE_ASK, {
        id: ask.id,
        version: 2,
      });
      expect(deleteAsk.id).toBe(roundtable.id);
      expect(deleteAsk.asks.map((a) => a.id)).not.toContain(ask.id);
      // Its plan is no longer known, so its history is served to no one, and kept in the database.
      expect(await revisionsOf('ASK', ask.id, executive)).toEqual([]);
      const kept = await t.dataSource.getRepository(Revision).findBy({ subjectId: ask.id, version: 3 });
      expect(kept.map(({ field, before, after }) => ({ field, before, after }))).toEqual(
        expect.arrayContaining([{ field: 'statement', before: 'Train every panel member', after: null }]),
      );
    });

    it('link to commitments, milestones and recommendations of their plan; linking twice changes nothing', async () => {
      const ask = await createAsk(roundtable.id, 'Tell us what happens to our complaints');
      const gap = await createAsk(roundtable.id, 'Meet us again next year');
      const before = await summary();
      const commitmentId = ids.commitment('C2');
      const milestoneId = ids.milestone('C3', 0);
      const { data } = await gql<{ report: { recommendations: { id: string }[] } }>(
        '{ report(slug: "islamophobia-and-the-muslim-experience") { recommendations { id } } }',
        {},
      );
      const recommendationId = data!.report.recommendations[0].id;
      await ok(LINK, { askId: ask.id, commitmentId });
      const { linkAsk } = await ok<{ linkAsk: AskRow }>(LINK, { askId: ask.id, commitmentId });
      expect(linkAsk.links).toEqual([{ commitment: { id: commitmentId }, milestone: null, recommendation: null }]);
      await ok(LINK, { askId: ask.id, milestoneId });
      await ok(LINK, { askId: gap.id, recommendationId });
      const { data: read } = await gql<{ roundtable: { asks: AskRow[] } }>(
        `query ($id: ID!) { roundtable(id: $id) { asks { ${ASK} } } }`,
        { id: roundtable.id },
      );
      const [answered, other] = read!.roundtable.asks.filter((a) => a.id === ask.id || a.id === gap.id);
      expect(answered.answered).toBe(true);
      expect(answered.links).toHaveLength(2);
      expect(other).toMatchObject({ answered: true, links: [{ recommendation: { id: recommendationId } }] });
      // Answered by a commitment: the commitment itself or one of its milestones; a recommendation alone is not.
      expect(await summary()).toEqual({ ...before, asksAnswered: before.asksAnswered + 1 });
      for (const id of [commitmentId, ids.commitment('C3')]) {
        const { data: commitment } = await gql<{ commitment: { roundtableAsks: { id: string }[] } }>(
          'query ($id: ID!) { commitment(id: $id) { roundtableAsks { id statement } } }',
          { id },
        );
        expect(commitment!.commitment.roundtableAsks.map((a) => a.id)).toContain(ask.id);
      }
      const { unlinkAsk } = await ok<{ unlinkAsk: AskRow }>(UNLINK, { askId: gap.id, recommendationId });
      expect(unlinkAsk).toMatchObject({ answered: false, links: [] });
      await ok(UNLINK, { askId: gap.id, recommendationId });
      const audit = await t.dataSource.getRepository(AuditEvent).findBy({ subjectId: gap.id });
      expect(audit.map((a) => a.action).sort()).toEqual(['ask.create', 'ask.link', 'ask.unlink']);
    });

    it('refuse a link to another plan’s commitment or milestone, and a link that names none or two', async () => {
      const ask = await createAsk(roundtable.id, 'Share the plan with the regions');
      const { data } = await gql<{
        plan: { commitments: { edges: { node: { id: string; milestones: { id: string }[] } }[] } };
      }>(
        '{ plan(slug: "race-equality-action-plan") { commitments(first: 1) { edges { node { id milestones { id } } } } } }',
        {},
      );
      const foreign = data!.plan.commitments.edges[0].node;
      const refusals: [Record<string, unknown>, string][] = [
        [{ commitmentId: foreign.id }, 'An ask is answered only by a commitment of the plan its roundtable is on.'],
        [
          { milestoneId: foreign.milestones[0].id },
          'An ask is answered only by a milestone of the plan its roundtable is on.',
        ],
        [{}, 'Give exactly one of recommendationId, commitmentId or milestoneId.'],
        [
          { commitmentId: ids.commitment('C1'), milestoneId: ids.milestone('C1', 0) },
          'Give exactly one of recommendationId, commitmentId or milestoneId.',
        ],
      ];
      for (const [target, message] of refusals) {
        const result = await gql(LINK, { input: { askId: ask.id, ...target } }, executive);
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(messageOf(result)).toBe(message);
      }
      const [{ count }] = await sql(
        t.dataSource,
        'SELECT COUNT(*) AS count FROM roundtable_ask_link WHERE ask_id = ?',
        [ask.id],
      );
      expect(Number(count)).toBe(0);
    });
  });

  describe('only the organisation’s executives write', () => {
    let roundtable: RoundtableRow;
    let ask: AskRow;
    beforeAll(async () => {
      roundtable = await held(9);
      ask = await createAsk(roundtable.id);
    });

    const writes = (): [string, string, Record<string, unknown>][] => [
      [
        'createRoundtable',
        CREATE,
        { input: { planId: ids.planId, title: 'x', audience: 'OPEN', location: 'Hall', ...FUTURE } },
      ],
      ['updateRoundtable', UPDATE, { input: { id: roundtable.id, version: roundtable.version, title: 'Taken over' } }],
      ['cancelRoundtable', CANCEL, { input: { id: roundtable.id, version: roundtable.version, reason: 'Taken over' } }],
      ['createAsk', CREATE_ASK, { input: { roundtableId: roundtable.id, statement: 'Taken over' } }],
      ['updateAsk', UPDATE_ASK, { input: { id: ask.id, version: ask.version, statement: 'Taken over' } }],
      ['deleteAsk', DELETE_ASK, { input: { id: ask.id, version: ask.version } }],
      ['linkAsk', LINK, { input: { askId: ask.id, commitmentId: ids.commitment('C1') } }],
      ['unlinkAsk', UNLINK, { input: { askId: ask.id, commitmentId: ids.commitment('C1') } }],
      ['roundtableJoiningLink', JOINING_LINK, { id: roundtable.id }],
    ];
    const callers: [string, () => string | undefined, string][] = [
      ['anonymous', () => undefined, 'UNAUTHENTICATED'],
      ['the plan’s liaison', () => liaison, 'FORBIDDEN'],
      ['an executive of another organisation', () => otherExecutive, 'FORBIDDEN'],
    ];

    it.each(callers)('%s is refused every write, and nothing changes', async (_who, cookie, code) => {
      for (const [name, query, variables] of writes()) {
        expect({ name, code: codeOf(await gql(query, variables, cookie())) }).toEqual({ name, code });
      }
      const { data } = await gql<{ roundtable: { version: number; title: string; asks: AskRow[] } }>(
        `query ($id: ID!) { roundtable(id: $id) { version title asks { ${ASK} } } }`,
        { id: roundtable.id },
      );
      expect(data!.roundtable).toMatchObject({ version: roundtable.version, title: 'Members’ roundtable' });
      expect(data!.roundtable.asks).toEqual([ask]);
    });
  });

  describe('a roundtable of a draft plan', () => {
    it('does not exist for those who may not see the draft; its executives see it', async () => {
      const { createPlan } = await ok<{ createPlan: { id: string } }>(
        'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
        { slug: 'roundtables-draft-plan', title: 'Draft', counterpart: 'Labour Party' },
      );
      const roundtable = await create({ planId: createPlan.id, title: 'Unannounced roundtable' });
      const unknown = await gql('query ($id: ID!) { roundtable(id: $id) { id } }', { id: 'no-such-roundtable' });
      for (const cookie of [undefined, liaison, otherExecutive]) {
        const draft = await gql('query ($id: ID!) { roundtable(id: $id) { id } }', { id: roundtable.id }, cookie);
        expect(codeOf(draft)).toBe('NOT_FOUND');
        expect(messageOf(draft)!.replace(roundtable.id, 'X')).toBe(
          messageOf(unknown)!.replace('no-such-roundtable', 'X'),
        );
        expect(await revisionsOf('ROUNDTABLE', roundtable.id, cookie)).toEqual([]);
      }
      const { data } = await gql<{ roundtable: { title: string } }>(
        'query ($id: ID!) { roundtable(id: $id) { title } }',
        { id: roundtable.id },
        executive,
      );
      expect(data!.roundtable.title).toBe('Unannounced roundtable');
    });
  });

  it('an anonymous reader whose answer the public cache kept sees a write at once', async () => {
    const roundtable = await create();
    const read = async () => {
      let body!: GraphQLResponse<{ roundtable: { title: string } }>;
      const { statements } = await countStatements(t.dataSource, async () => {
        body = await t.gql('query ($id: ID!) { roundtable(id: $id) { title } }', { id: roundtable.id });
      });
      return {
        title: body.data!.roundtable.title,
        computed: statements.some((s) => !s.includes(DATA_GENERATION_TABLE)),
      };
    };
    await read();
    expect(await read()).toEqual({ title: 'Members’ roundtable', computed: false });
    await update({ id: roundtable.id, version: 1, title: 'Renamed roundtable' });
    expect(await read()).toEqual({ title: 'Renamed roundtable', computed: true });
  });

  // Last: it drops and remakes the roundtable tables under the running app.
  it('runs its migration on a database that holds the demo, and the tables keep their rules', async () => {
    await undoMigrationsThrough(t.dataSource, 'Roundtables1764900000000');
    await t.dataSource.runMigrations();
    expect(await t.dataSource.showMigrations()).toBe(false);
    const [plan] = await sql(t.dataSource, 'SELECT id FROM action_plan WHERE id = ?', [ids.planId]);
    expect(plan).toBeDefined();
    const now = '2030-01-01T00:00:00.000Z';
    const roundtable = (id: string, audience: string) =>
      sql(
        t.dataSource,
        `INSERT INTO roundtable (id, plan_id, title, audience, starts_at, ends_at, created_at, updated_at)
         VALUES (?, ?, 'Migration check', ?, ?, ?, ?, ?)`,
        [id, ids.planId, audience, now, now, now, now],
      );
    await roundtable('r1', 'MEMBERS');
    await expect(roundtable('r2', 'EVERYONE')).rejects.toThrow(/check/i);
    const registration = (id: string, email: string | null) =>
      sql(
        t.dataSource,
        `INSERT INTO roundtable_registration (id, roundtable_id, name, email, consented_at, status, position, created_at, updated_at)
         VALUES (?, 'r1', ?, ?, ?, 'CONFIRMED', 1, ?, ?)`,
        [id, email === null ? null : 'A Person', email, now, now, now],
      );
    await registration('g1', 'person@example.org');
    await expect(registration('g2', 'person@example.org')).rejects.toThrow(/unique|duplicate/i);
    // Erased registrations keep their rows with no email: any number of them.
    await registration('g3', null);
    await registration('g4', null);
    await sql(
      t.dataSource,
      `INSERT INTO roundtable_ask (id, roundtable_id, plan_id, statement, position, created_at, updated_at)
       VALUES ('a1', 'r1', ?, 'An ask', 1, ?, ?)`,
      [ids.planId, now, now],
    );
    const link = (id: string, commitmentId: string | null, milestoneId: string | null) =>
      sql(
        t.dataSource,
        `INSERT INTO roundtable_ask_link (id, ask_id, commitment_id, milestone_id, created_at) VALUES (?, 'a1', ?, ?, ?)`,
        [id, commitmentId, milestoneId, now],
      );
    await link('l1', ids.commitment('C1'), null);
    await expect(link('l2', ids.commitment('C1'), null)).rejects.toThrow(/unique|duplicate/i);
    await expect(link('l3', ids.commitment('C2'), ids.milestone('C2', 0))).rejects.toThrow(/check/i);
    await expect(link('l4', null, null)).rejects.toThrow(/check/i);
  });
});
