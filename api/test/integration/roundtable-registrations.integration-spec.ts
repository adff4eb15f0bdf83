import { createHash } from 'node:crypto';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { currentTime, startClockAt } from '../../src/common/clock';
import {
  RegistrationsPurge,
  RegistrationsPurgeSchedule,
} from '../../src/roundtables/registrations/registrations-purge';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { gqlFrom } from './support/from-address';
import { runNode } from './support/process';
import { MailServer, startMailServer } from './support/smtp';
import { sql } from './support/sql';
import { GraphQLResponse, startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

const PUBLIC_URL = 'http://tracker.example.org';
const JOINING = 'https://meet.example.org/j/members-room-5150';
const FUTURE = { startsAt: '2031-05-10T17:00:00.000Z', endsAt: '2031-05-10T19:00:00.000Z' };
const PER_ADDRESS = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

const REGISTER = `mutation ($input: RegisterForRoundtableInput!) {
  registerForRoundtable(input: $input) {
    roundtableId alreadyRegistered status waitingPosition cancelToken cancelUrl joiningLink } }`;
const BY_TOKEN = `mutation ($input: CancelRegistrationInput!) {
  registrationByToken(input: $input) { status waitingPosition roundtable { id title } } }`;
const CANCEL = `mutation ($input: CancelRegistrationInput!) {
  cancelRegistration(input: $input) { id registeredCount waitingCount placesLeft } }`;
const REGISTRATIONS = `query ($id: ID!, $first: Int, $after: String) {
  registrations(roundtableId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { name email role accessNeeds status consentedAt cancelledAt erasedAt } } } }`;
const COUNTS = `query ($id: ID!) { roundtable(id: $id) {
  registeredCount waitingCount placesLeft attendance retentionDays personalDataErasedAt asks { statement } } }`;

interface Registered {
  roundtableId: string;
  alreadyRegistered: boolean;
  status: string;
  waitingPosition: number | null;
  cancelToken: string;
  cancelUrl: string;
  joiningLink: string | null;
}
interface Registrant {
  name: string | null;
  email: string | null;
  role: string | null;
  accessNeeds: string | null;
  status: string;
  cancelledAt: string | null;
  erasedAt: string | null;
}

const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
const fieldOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.field;

/**
 * Registering for a roundtable without an account (issue 15), on SQLite and PostgreSQL: the
 * waiting list, one registration per email, consent, hostile input, the throttle and the spam
 * trap, the private cancel link (emailed through a real SMTP server in this process, and
 * followed), who sees registrants (the organisation's executives alone, also as CSV), and the
 * erasure of their personal data with the clock, by the server's job and by the CLI.
 */
describe('roundtable registrations', () => {
  let t: TestApp;
  let mail: MailServer;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let executive: string;
  let liaison: string;
  let otherExecutive: string;
  let addresses = 0;

  beforeAll(async () => {
    mail = await startMailServer();
    t = await startTestApp({
      env: {
        ...UNLIMITED_WRITES,
        SMTP_URL: mail.url,
        MAIL_FROM: 'Roundtables <roundtables@example.org>',
        PUBLIC_URL,
        REGISTRATIONS_PER_ADDRESS_PER_HOUR: String(PER_ADDRESS),
      },
    });
    ids = await demoIds(t);
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'registrations.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'registrations.bame@example.org');
  });
  afterAll(async () => {
    startClockAt(new Date(process.env.CLOCK_START!));
    await t?.close();
    await mail?.close();
  });

  async function roundtable(input: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const { data, errors } = await t.gql<{ createRoundtable: { id: string; version: number } }>(
      'mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { id version } }',
      {
        input: {
          planId: ids.planId,
          title: 'Members’ roundtable',
          audience: 'MEMBERS',
          location: 'Community hall, Example Street',
          registrationOpen: true,
          ...FUTURE,
          ...input,
        },
      },
      executive,
    );
    expect(errors).toBeUndefined();
    return data!.createRoundtable;
  }

  /** Registers from an address of its own, as different people do (the throttle counts per address). */
  const send = async (
    input: Record<string, unknown>,
    from?: string,
  ): Promise<GraphQLResponse<{ registerForRoundtable: Registered }>> =>
    (
      await gqlFrom<{ registerForRoundtable: Registered }>(t, from ?? `127.0.1.${++addresses}`, REGISTER, {
        input: { name: 'A member', role: null, accessNeeds: null, consent: true, ...input },
      })
    ).body;
  async function register(
    roundtableId: string,
    email: string,
    input: Record<string, unknown> = {},
  ): Promise<Registered> {
    const result = await send({ roundtableId, email, name: `Member ${email.split('@')[0]}`, ...input });
    expect(result.errors).toBeUndefined();
    return result.data!.registerForRoundtable;
  }
  const byToken = (token: string) =>
    t.gql<{
      registrationByToken: {
        status: string;
        waitingPosition: number | null;
        roundtable: { id: string; title: string };
      };
    }>(BY_TOKEN, { input: { token } });
  const cancel = (token: string) =>
    t.gql<{ cancelRegistration: { registeredCount: number; waitingCount: number; placesLeft: number | null } }>(
      CANCEL,
      { input: { token } },
    );
  async function registrants(id: string, cookie = executive): Promise<Registrant[]> {
    const { data, errors } = await t.gql<{ registrations: { edges: { node: Registrant }[] } }>(
      REGISTRATIONS,
      { id, first: 100 },
      cookie,
    );
    expect(errors).toBeUndefined();
    return data!.registrations.edges.map((edge) => edge.node);
  }
  const rowCount = async (): Promise<number> =>
    Number((await sql<{ n: number }[]>(t.dataSource, 'SELECT COUNT(*) AS n FROM roundtable_registration'))[0].n);

  it('registers without an account: a place, the joining link and a private cancel link, kept only as a hash, emailed; the emailed link cancels', async () => {
    const { id } = await roundtable({ online: true, location: null, joiningLink: JOINING, capacity: 2 });
    const registered = await register(id, 'Ada.Member@Example.org', {
      role: 'Example Ward CLP',
      accessNeeds: 'Captions',
    });
    expect(registered).toMatchObject({
      roundtableId: id,
      status: 'CONFIRMED',
      waitingPosition: null,
      joiningLink: JOINING,
    });
    expect(registered.cancelToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(registered.cancelUrl).toBe(
      `${PUBLIC_URL}/labour-muslim-network/islamophobia-action-plan/roundtables/${id}/cancel#${registered.cancelToken}`,
    );
    const [row] = await sql<Record<string, unknown>[]>(
      t.dataSource,
      'SELECT * FROM roundtable_registration WHERE roundtable_id = ?',
      [id],
    );
    expect(row).toMatchObject({
      email: 'ada.member@example.org',
      role: 'Example Ward CLP',
      access_needs: 'Captions',
      cancel_token_hash: createHash('sha256').update(registered.cancelToken).digest('hex'),
    });
    expect(JSON.stringify(row)).not.toContain(registered.cancelToken);

    const message = await mail.next('ada.member@example.org');
    expect(message.from).toBe('roundtables@example.org');
    expect(message.subject).toBe('Registered: Members’ roundtable');
    expect(message.text).toContain('When: Saturday 10 May 2031, 18:00 to 20:00 (London time)');
    expect(message.text).toContain(JOINING);
    expect(message.html).toContain(`<a href="${registered.cancelUrl}">`);
    // Follow the emailed link: the cancel page reads the token from the fragment.
    const link = new URL(/^http\S+\/cancel#\S+$/m.exec(message.text)![0]);
    expect(link.pathname).toBe(`/labour-muslim-network/islamophobia-action-plan/roundtables/${id}/cancel`);
    const token = link.hash.slice(1);
    expect((await byToken(token)).data!.registrationByToken).toEqual({
      status: 'CONFIRMED',
      waitingPosition: null,
      roundtable: { id, title: 'Members’ roundtable' },
    });
    expect((await cancel(token)).data!.cancelRegistration).toMatchObject({ registeredCount: 0, placesLeft: 2 });
    for (const used of [token, 'not-a-token-this-api-gave-out']) {
      for (const result of [await cancel(used), await byToken(used)]) {
        expect({ code: codeOf(result), field: fieldOf(result) }).toEqual({ code: 'BAD_USER_INPUT', field: 'token' });
        expect(result.errors![0].message).toContain('This cancel link does not work any more');
      }
    }
    expect(await registrants(id)).toEqual([
      expect.objectContaining({ status: 'CANCELLED', cancelledAt: expect.any(String) }),
    ]);
  });

  it('puts people on a waiting list once it is full, and moves the first up when a place frees, emailing them', async () => {
    const { id, version } = await roundtable({ capacity: 1 });
    const first = await register(id, 'first@example.org');
    const second = await register(id, 'second@example.org');
    const third = await register(id, 'third@example.org');
    expect([first, second, third].map((r) => [r.status, r.waitingPosition])).toEqual([
      ['CONFIRMED', null],
      ['WAITING', 1],
      ['WAITING', 2],
    ]);
    expect(second.joiningLink).toBeNull();
    expect((await mail.next('second@example.org')).text).toContain('waiting list, number 1');
    expect((await t.gql(COUNTS, { id })).data).toMatchObject({
      roundtable: { registeredCount: 1, waitingCount: 2, placesLeft: 0 },
    });

    expect((await cancel(first.cancelToken)).data!.cancelRegistration).toMatchObject({
      registeredCount: 1,
      waitingCount: 1,
    });
    const movedUp = await mail.next('second@example.org');
    expect(movedUp.subject).toBe('You have a place: Members’ roundtable');
    expect(movedUp.text).toContain('A place has come free and it is yours');
    expect((await byToken(second.cancelToken)).data!.registrationByToken).toMatchObject({ status: 'CONFIRMED' });
    expect((await byToken(third.cancelToken)).data!.registrationByToken).toMatchObject({
      status: 'WAITING',
      waitingPosition: 1,
    });
    expect((await registrants(id)).map((r) => [r.email, r.status])).toEqual([
      ['second@example.org', 'CONFIRMED'],
      ['third@example.org', 'WAITING'],
      ['first@example.org', 'CANCELLED'],
    ]);

    // A place added by an edit goes to the person waiting at once, before any newcomer.
    const edited = await t.gql(
      'mutation ($input: UpdateRoundtableInput!) { updateRoundtable(input: $input) { registeredCount waitingCount } }',
      { input: { id, version, capacity: 2 } },
      executive,
    );
    expect(edited).toEqual({ data: { updateRoundtable: { registeredCount: 2, waitingCount: 0 } } });
    expect((await mail.next('third@example.org')).subject).toBe('On the waiting list: Members’ roundtable');
    expect((await mail.next('third@example.org')).subject).toBe('You have a place: Members’ roundtable');
    expect((await register(id, 'fourth@example.org')).status).toBe('WAITING');
    expect((await registrants(id)).map((r) => [r.email, r.status])).toEqual([
      ['second@example.org', 'CONFIRMED'],
      ['third@example.org', 'CONFIRMED'],
      ['fourth@example.org', 'WAITING'],
      ['first@example.org', 'CANCELLED'],
    ]);
  });

  it('registers an email once, whatever its case: again, it changes nothing and shows no link, which goes to the address alone; once cancelled, it comes back at the end of the queue', async () => {
    const { id } = await roundtable({ online: true, location: null, joiningLink: JOINING, capacity: 1 });
    const once = await register(id, 'twice@example.org', { name: 'First name' });
    expect(once.alreadyRegistered).toBe(false);
    await mail.next('twice@example.org');
    // Someone else who knows the address learns no link to cancel it with, and changes nothing.
    const again = await register(id, 'TWICE@example.org', { name: 'Second name', role: 'Councillor' });
    expect(again).toMatchObject({
      alreadyRegistered: true,
      status: 'CONFIRMED',
      cancelToken: null,
      cancelUrl: null,
      joiningLink: null,
    });
    expect(await registrants(id)).toEqual([
      expect.objectContaining({ email: 'twice@example.org', name: 'First name', role: null, status: 'CONFIRMED' }),
    ]);
    // The address itself gets a new link, and the old one stops.
    const renewed = await mail.next('twice@example.org');
    const token = new URL(/^http\S+\/cancel#\S+$/m.exec(renewed.text)![0]).hash.slice(1);
    expect(token).not.toBe(once.cancelToken);
    expect(renewed.text).toContain(JOINING);
    expect(codeOf(await byToken(once.cancelToken))).toBe('BAD_USER_INPUT');

    const waiting = await register(id, 'waiting@example.org');
    expect(waiting.status).toBe('WAITING');
    await cancel(token);
    const back = await register(id, 'twice@example.org');
    expect(back).toMatchObject({ alreadyRegistered: false, status: 'WAITING', waitingPosition: 1 });
    expect((await registrants(id)).map((r) => [r.email, r.status])).toEqual([
      ['waiting@example.org', 'CONFIRMED'],
      ['twice@example.org', 'WAITING'],
    ]);
  });

  it('refuses without consent, with hostile input or a filled spam trap, clearly, and stores nothing', async () => {
    const { id } = await roundtable();
    const rows = await rowCount();
    const audit = await t.dataSource.getRepository(AuditEvent).count();
    const base = { roundtableId: id, email: 'careful@example.org' };
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ consent: false }, 'consent', 'agree to the consent statement'],
      [{ website: 'https://spam.example.org' }, 'website', 'Leave the “website” field empty'],
      [{ email: 'not an email' }, 'email', 'email must be an email address'],
      [{ email: 'someone@example.org\r\nBcc: everyone@example.org' }, 'email', 'email must be an email address'],
      [{ name: 'x'.repeat(201) }, 'name', 'name must be at most 200 characters'],
      [{ name: 'Line one\nBcc: everyone@example.org' }, 'name', 'name must be one line of text'],
      [{ name: '   ' }, 'name', 'name must not be empty'],
      [{ accessNeeds: 'x'.repeat(2001) }, 'accessNeeds', 'accessNeeds must be at most 2000 characters'],
      [{ role: 'Ward\u0007' }, 'role', 'role must be one line of text'],
      [{ roundtableId: '../../etc/passwd' }, 'roundtableId', 'roundtableId must be an id this API gave out'],
    ];
    for (const [input, field, message] of refusals) {
      const result = await send({ ...base, ...input });
      expect({ field, code: codeOf(result), named: fieldOf(result) }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        named: field,
      });
      expect(result.errors![0].message).toContain(message);
    }
    expect(await rowCount()).toBe(rows);
    expect(await t.dataSource.getRepository(AuditEvent).count()).toBe(audit);
    expect(mail.received.filter((m) => m.to.includes('careful@example.org'))).toEqual([]);
  });

  it('refuses a closed, cancelled or past roundtable, and one of a draft plan, saying why', async () => {
    const closed = await roundtable({ registrationOpen: false });
    const cancelled = await roundtable();
    await t.gql(
      'mutation ($input: CancelRoundtableInput!) { cancelRoundtable(input: $input) { id } }',
      { input: { ...cancelled, reason: 'The hall flooded' } },
      executive,
    );
    const now = currentTime().getTime();
    const past = await roundtable({
      startsAt: new Date(now - 3 * 3600_000).toISOString(),
      endsAt: new Date(now - 3600_000).toISOString(),
    });
    const { data: draft } = await t.gql<{ createPlan: { id: string } }>(
      'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { input: { slug: 'registrations-draft', title: 'A draft plan', counterpart: 'Labour Party' } },
      executive,
    );
    const drafted = await roundtable({ planId: draft!.createPlan.id });
    const rows = await rowCount();
    const expected: [string, string, string][] = [
      [closed.id, 'BAD_USER_INPUT', 'Registration for this roundtable is closed.'],
      [cancelled.id, 'BAD_USER_INPUT', 'This roundtable has been cancelled: The hall flooded'],
      [past.id, 'BAD_USER_INPUT', 'This roundtable has already taken place; registration is closed.'],
      // A draft does not exist for the public: the answer to an unknown id.
      [drafted.id, 'NOT_FOUND', `No roundtable found for "${drafted.id}"`],
    ];
    for (const [roundtableId, code, message] of expected) {
      const result = await send({ roundtableId, email: 'too-late@example.org' });
      expect({ code: codeOf(result), message: result.errors?.[0]?.message }).toEqual({ code, message });
    }
    expect(await rowCount()).toBe(rows);
  });

  it(`throttles the public form: ${PER_ADDRESS} registrations an hour per address, then RATE_LIMITED with when to retry`, async () => {
    const { id } = await roundtable();
    for (let i = 0; i < PER_ADDRESS; i += 1) {
      expect((await send({ roundtableId: id, email: `busy${i}@example.org` }, '127.0.2.1')).errors).toBeUndefined();
    }
    const refused = await gqlFrom(t, '127.0.2.1', REGISTER, {
      input: { roundtableId: id, email: 'one-more@example.org', name: 'One more', consent: true },
    });
    expect(codeOf(refused.body)).toBe('RATE_LIMITED');
    expect(refused.body.errors![0].message).toContain('Too many registrations from your network');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await registrants(id)).toHaveLength(PER_ADDRESS);
    expect((await send({ roundtableId: id, email: 'elsewhere@example.org' }, '127.0.2.2')).errors).toBeUndefined();
  });

  it('shows registrants to the organisation’s executives only, page by page', async () => {
    const { id } = await roundtable();
    await register(id, 'page1@example.org', { name: 'Page One' });
    await register(id, 'page2@example.org', { name: 'Page Two' });
    const outsiders: [string | undefined, string][] = [
      [undefined, 'UNAUTHENTICATED'],
      [liaison, 'FORBIDDEN'],
      [otherExecutive, 'FORBIDDEN'],
    ];
    for (const [cookie, code] of outsiders) {
      const result = await t.gql(REGISTRATIONS, { id, first: 10 }, cookie);
      expect({ code: codeOf(result), data: result.data?.registrations ?? null }).toEqual({ code, data: null });
    }
    const first = await t.gql<{
      registrations: {
        totalCount: number;
        pageInfo: { endCursor: string; hasNextPage: boolean };
        edges: { node: Registrant }[];
      };
    }>(REGISTRATIONS, { id, first: 1 }, executive);
    expect(first.data!.registrations).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(first.data!.registrations.edges[0].node).toMatchObject({ name: 'Page One', email: 'page1@example.org' });
    const next = await t.gql<{ registrations: { edges: { node: Registrant }[] } }>(
      REGISTRATIONS,
      { id, first: 1, after: first.data!.registrations.pageInfo.endCursor },
      executive,
    );
    expect(next.data!.registrations.edges.map((e) => e.node.name)).toEqual(['Page Two']);
  });

  it('keeps names and emails out of every public answer: the roundtable, the plan and its open-data download', async () => {
    const { id } = await roundtable();
    await register(id, 'hidden.person@example.org', {
      name: 'Hidden Person',
      role: 'Hidden Ward',
      accessNeeds: 'Hidden need',
    });
    const answers = [
      JSON.stringify(
        await t.gql(
          `query ($id: ID!) { roundtable(id: $id) { id title registeredCount waitingCount placesLeft plan { slug } } }`,
          { id },
        ),
      ),
      JSON.stringify(await t.gql('{ plan(slug: "islamophobia-action-plan") { roundtables { id registeredCount } } }')),
      await (await fetch(`${t.url}/data/labour-muslim-network/islamophobia-action-plan.json`)).text(),
    ];
    expect(answers[0]).toContain('"registeredCount":1');
    for (const answer of answers) {
      for (const secret of ['hidden.person@example.org', 'Hidden Person', 'Hidden Ward', 'Hidden need']) {
        expect(answer).not.toContain(secret);
      }
    }
  });

  it('exports the registrant list as CSV to the organisation’s executives only, formula-safe and kept by no cache', async () => {
    const { id } = await roundtable();
    await register(id, 'csv@example.org', { name: '=HYPERLINK("https://evil.example.org","Click")', role: '+44 ward' });
    const download = (cookie?: string, which = id) =>
      fetch(`${t.url}/export/roundtables/${which}/registrations.csv`, { headers: cookie ? { cookie } : {} });
    const refused: [string | undefined, string, number][] = [
      [undefined, id, 401],
      [liaison, id, 403],
      [otherExecutive, id, 403],
      [executive, '00000000-0000-4000-8000-000000000000', 404],
    ];
    for (const [cookie, which, status] of refused) {
      const response = await download(cookie, which);
      expect({ status: response.status, cache: response.headers.get('cache-control') }).toEqual({
        status,
        cache: 'private, no-store',
      });
      expect(await response.text()).not.toContain('csv@example.org');
    }
    const response = await download(executive);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="roundtable-${id}-registrations.csv"`,
    );
    const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('status,name,email,role,access_needs,registered_at,consented_at,cancelled_at,erased_at');
    expect(lines[1]).toMatch(
      /^CONFIRMED,"'=HYPERLINK\(""https:\/\/evil\.example\.org"",""Click""\)",csv@example\.org,'\+44 ward,,/,
    );
  });

  it('erases personal data ROUNDTABLE_RETENTION_DAYS after the roundtable ends, by the CLI and the server’s hourly job; counts, attendance and asks stay', async () => {
    const now = currentTime().getTime();
    const ongoing = (hours: number) => ({
      startsAt: new Date(now - 3600_000).toISOString(),
      endsAt: new Date(now + hours * 3600_000).toISOString(),
    });
    const early = await roundtable({ ...ongoing(1), capacity: 1 });
    const late = await roundtable(ongoing(24 * 10));
    await register(early.id, 'early.one@example.org', { accessNeeds: 'Step-free access' });
    await register(early.id, 'early.two@example.org');
    await register(late.id, 'late.one@example.org');
    const held = await t.gql<{ updateRoundtable: { version: number } }>(
      'mutation ($input: UpdateRoundtableInput!) { updateRoundtable(input: $input) { version } }',
      { input: { ...early, status: 'HELD', attendance: 1 } },
      executive,
    );
    expect(held.errors).toBeUndefined();
    await t.gql(
      'mutation ($input: CreateAskInput!) { createAsk(input: $input) { id } }',
      { input: { roundtableId: early.id, statement: 'Publish the complaints data' } },
      executive,
    );
    const before = (await t.gql(COUNTS, { id: early.id })).data as { roundtable: Record<string, unknown> };
    expect(before.roundtable).toMatchObject({ registeredCount: 1, waitingCount: 1, attendance: 1, retentionDays: 90 });
    expect(before.roundtable.personalDataErasedAt).toBe(new Date(now + 3600_000 + 90 * DAY_MS).toISOString());

    // 89 days after the first roundtable ended, nothing is due; 91 days after, the CLI erases its registrants.
    startClockAt(new Date(now + 89 * DAY_MS));
    expect(await t.app.get(RegistrationsPurge).run()).toEqual({ roundtables: 0, registrations: 0 });
    startClockAt(new Date(now));
    const cli = runNode(
      'cli/tracker.js',
      { DATABASE_URL: t.databaseUrl, CLOCK_START: new Date(now + 91 * DAY_MS).toISOString() },
      ['roundtables:purge'],
    );
    expect(await cli.exited).toEqual({
      code: 0,
      output: 'Erased the personal data of 2 registrations of 1 roundtable that ended more than 90 days ago.\n',
    });
    const erased = await registrants(early.id);
    expect(erased).toHaveLength(2);
    for (const row of erased) {
      expect(row).toMatchObject({
        name: null,
        email: null,
        role: null,
        accessNeeds: null,
        erasedAt: expect.any(String),
      });
    }
    expect(erased.map((r) => r.status)).toEqual(['CONFIRMED', 'WAITING']);
    const [hashes] = await sql<{ n: number }[]>(
      t.dataSource,
      'SELECT COUNT(*) AS n FROM roundtable_registration WHERE roundtable_id = ? AND cancel_token_hash IS NOT NULL',
      [early.id],
    );
    expect(Number(hashes.n)).toBe(0);
    expect((await t.gql(COUNTS, { id: early.id })).data).toEqual({
      roundtable: { ...before.roundtable },
    });
    expect(await registrants(late.id)).toEqual([expect.objectContaining({ email: 'late.one@example.org' })]);

    // The server's job, started on a clock moved past the second roundtable's end, erases its registrant at once.
    startClockAt(new Date(now + (10 + 91) * DAY_MS));
    const schedule = t.app.get(RegistrationsPurgeSchedule);
    schedule.start();
    await schedule.settled();
    const lateRows = await sql<Record<string, unknown>[]>(
      t.dataSource,
      'SELECT name, email, role, access_needs, cancel_token_hash, erased_at FROM roundtable_registration WHERE roundtable_id = ?',
      [late.id],
    );
    expect(lateRows).toEqual([
      {
        name: null,
        email: null,
        role: null,
        access_needs: null,
        cancel_token_hash: null,
        erased_at: expect.any(String),
      },
    ]);

    const purges = await t.dataSource.getRepository(AuditEvent).findBy({ action: 'roundtable.registrations.purge' });
    expect(purges.map((event) => JSON.parse(event.detail))).toEqual([
      { roundtables: 1, registrations: 2, retentionDays: 90 },
      { roundtables: 1, registrations: 1, retentionDays: 90 },
    ]);
    expect(JSON.stringify(purges)).not.toMatch(/@example\.org/);
  });
});
