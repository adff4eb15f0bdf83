import { send, Sent } from './support/send';
import { preparedDatabase, serve, Served, STARTING_MS } from './support/served';
import { makeTestFolder, TestFolder } from './support/test-database';

const EXECUTIVE = 'executive@example.org';
const EXECUTIVE_PASSWORD = 'blue harbour lanterns at dusk';
const INVITED = 'journey.liaison@example.org';
const INVITED_PASSWORD = 'seven quiet orchards in rain';
const WEAK_PASSWORD = 'too short';
const WRONG_PASSWORD = 'a wrong passphrase, tried once';
const REGISTRANT = 'registrant.journey@example.org';
const REGISTRANT_NAME = 'Registrant Journeyname';

/** The fields the journey reads from its answers. */
interface Data {
  login?: { id: string };
  plan?: { id: string; reports: { id: string; version: number }[] };
  inviteUser?: { url: string };
  acceptInvite?: { id: string };
  createRoundtable?: { id: string };
  registerForRoundtable?: { cancelToken: string };
}

interface Answer {
  sent: Sent;
  data: Data;
  codes: (string | undefined)[];
  cookie: string | null;
}

interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  event?: string;
  code?: string;
  accountId?: string | null;
  ip?: string;
  keptAnswers?: { count: number; byStatus: Record<string, number>; slowestMs: number };
}

describe('structured logs of a journey through the built server (production)', () => {
  let folder: TestFolder;
  let app: Served;
  /** Every secret and email the journey used, and every request id it was answered under. */
  const secrets: string[] = [
    EXECUTIVE,
    EXECUTIVE_PASSWORD,
    INVITED,
    INVITED_PASSWORD,
    WEAK_PASSWORD,
    WRONG_PASSWORD,
    REGISTRANT,
    REGISTRANT_NAME,
  ];
  const requestIds: string[] = [];
  /** The id of an answer sent from memory. */
  let keptId: string;
  let lines: LogLine[] = [];
  let raw: string[] = [];
  let executiveId: string;
  let liaisonId: string;

  const gql = async (query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer> => {
    const sent = await send({
      port: app.port,
      path: '/graphql',
      json: { query, variables },
      headers: cookie ? { cookie } : {},
    });
    requestIds.push(String(sent.headers['x-request-id']));
    const body = JSON.parse(sent.body) as { data?: Data; errors?: { extensions?: { code?: string } }[] };
    const setCookie = sent.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
    if (setCookie) secrets.push(setCookie.split('=')[1]);
    return {
      sent,
      data: body.data ?? {},
      codes: (body.errors ?? []).map((e) => e.extensions?.code),
      cookie: setCookie,
    };
  };
  const login = (email: string, password: string): Promise<Answer> =>
    gql('mutation ($input: LoginInput!) { login(input: $input) { id } }', { input: { email, password } });

  beforeAll(async () => {
    folder = makeTestFolder('tracker-logs-');
    app = await serve(await preparedDatabase(folder, [EXECUTIVE], EXECUTIVE_PASSWORD), {
      NODE_ENV: 'production',
      LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS: '2',
    });

    // Sign in, invite a liaison, who accepts (a weak password first) and so sets a password.
    const signedIn = await login(EXECUTIVE, EXECUTIVE_PASSWORD);
    expect(signedIn.codes).toEqual([]);
    executiveId = signedIn.data.login!.id;
    const executive = signedIn.cookie!;
    const PLAN = '{ plan(slug: "islamophobia-action-plan") { id reports { id version } } }';
    const plan = await gql(PLAN);
    // The same bytes again, before any write: answered from memory.
    const kept = await send({ port: app.port, path: '/graphql', json: { query: PLAN, variables: {} } });
    expect(kept.body).toBe(plan.sent.body);
    keptId = String(kept.headers['x-request-id']);
    const invited = await gql(
      'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { url } }',
      { input: { email: INVITED, role: 'LIAISON', planId: plan.data.plan!.id } },
      executive,
    );
    const token = String(invited.data.inviteUser!.url).split('#')[1];
    secrets.push(token);
    const accept = (password: string): Promise<Answer> =>
      gql('mutation ($input: AcceptInviteInput!) { acceptInvite(input: $input) { id } }', {
        input: { token, displayName: 'Journey liaison', password },
      });
    expect((await accept(WEAK_PASSWORD)).codes).toEqual(['BAD_USER_INPUT']);
    const accepted = await accept(INVITED_PASSWORD);
    expect(accepted.codes).toEqual([]);
    liaisonId = accepted.data.acceptInvite!.id;

    // An edit; then refusals: not allowed, not signed in, too costly, a failed sign-in, throttled.
    const report = plan.data.plan!.reports[0];
    const UPDATE = 'mutation ($input: UpdateReportInput!) { updateReport(input: $input) { version } }';
    expect(
      (await gql(UPDATE, { input: { id: report.id, version: report.version, title: 'A new title' } }, executive)).codes,
    ).toEqual([]);
    expect(
      (await gql(UPDATE, { input: { id: report.id, version: report.version + 1, title: 'Nope' } }, accepted.cookie!))
        .codes,
    ).toEqual(['FORBIDDEN']);
    expect((await gql(UPDATE, { input: { id: report.id, version: report.version + 1, title: 'Nope' } })).codes).toEqual(
      ['UNAUTHENTICATED'],
    );
    const costly = `query ($n: Int!) { plan(slug: "islamophobia-action-plan") { commitments(first: $n) { edges { node { history(first: $n) { edges { cursor } } comments(first: $n) { edges { node { id body } } } } } } } }`;
    expect((await gql(costly, { n: 100 })).codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await login(EXECUTIVE, WRONG_PASSWORD)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await login(EXECUTIVE, WRONG_PASSWORD)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await login(EXECUTIVE, WRONG_PASSWORD)).codes).toEqual(['RATE_LIMITED']);

    // Someone registers for a roundtable (a refusal first: no consent), and cancels with the private link.
    const created = await gql(
      'mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { id } }',
      {
        input: {
          planId: plan.data.plan!.id,
          title: 'Members’ roundtable',
          audience: 'MEMBERS',
          location: 'A hall',
          startsAt: '2031-05-10T17:00:00.000Z',
          endsAt: '2031-05-10T19:00:00.000Z',
          registrationOpen: true,
        },
      },
      executive,
    );
    expect(created.codes).toEqual([]);
    const REGISTER =
      'mutation ($input: RegisterForRoundtableInput!) { registerForRoundtable(input: $input) { cancelToken } }';
    const registration = { roundtableId: created.data.createRoundtable!.id, name: REGISTRANT_NAME, email: REGISTRANT };
    expect((await gql(REGISTER, { input: { ...registration, consent: false } })).codes).toEqual(['BAD_USER_INPUT']);
    const registered = await gql(REGISTER, { input: { ...registration, consent: true } });
    expect(registered.codes).toEqual([]);
    const cancelToken = registered.data.registerForRoundtable!.cancelToken;
    secrets.push(cancelToken);
    const CANCEL = 'mutation ($input: CancelRegistrationInput!) { cancelRegistration(input: $input) { id } }';
    expect((await gql(CANCEL, { input: { token: cancelToken } })).codes).toEqual([]);

    requestIds.push(String((await send({ port: app.port, path: '/healthz' })).headers['x-request-id']));
    await app.stop();
    raw = app
      .output()
      .split('\n')
      .filter((line) => line !== '');
    lines = raw.map((line) => JSON.parse(line) as LogLine);
  }, STARTING_MS);
  afterAll(async () => {
    await app?.stop();
    await folder?.remove();
  });

  it('never writes a password, a session cookie, an invitation or cancel token, an email or a registrant’s name', () => {
    const hits = secrets.filter((secret) => app.output().includes(secret));
    // Three emails, four passwords, a registrant's name, two session cookies, two tokens.
    expect(secrets).toHaveLength(12);
    expect(hits).toEqual([]);
  });

  it('writes JSON lines, and every line of a request carries the id its response echoed', () => {
    expect(raw.length).toBeGreaterThan(requestIds.length);
    for (const id of requestIds) {
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.filter((line) => line.requestId === id).length).toBeGreaterThanOrEqual(1);
    }
    const ofRequests = lines.filter((line) => line.event || line.msg === 'request completed');
    expect(ofRequests.length).toBeGreaterThan(requestIds.length);
    for (const line of ofRequests) expect(requestIds).toContain(line.requestId);
  });

  it('counts answers sent from memory on one line, with no line or address of their own', () => {
    expect(keptId).toMatch(/^[0-9a-f-]{36}$/);
    expect(app.output()).not.toContain(keptId);
    const counted = lines.filter((line) => line.keptAnswers);
    expect(counted).toEqual([
      expect.objectContaining({
        level: 'info',
        msg: 'kept answers sent from memory',
        keptAnswers: { count: 1, byStatus: { 200: 1 }, slowestMs: expect.any(Number) },
      }),
    ]);
    expect(counted[0]).not.toHaveProperty('ip');
  });

  it('logs sign-ins and every refusal with the account when known and the address', () => {
    const events = lines
      .filter((line) => line.event)
      .map(({ event, code, accountId, ip }) => ({ event, code, accountId, ip }));
    const at = '127.0.0.1';
    expect(events).toEqual([
      { event: 'login.success', accountId: executiveId, ip: at },
      { event: 'refused', code: 'BAD_USER_INPUT', accountId: null, ip: at },
      { event: 'refused', code: 'FORBIDDEN', accountId: liaisonId, ip: at },
      { event: 'refused', code: 'UNAUTHENTICATED', accountId: null, ip: at },
      { event: 'refused', code: 'GRAPHQL_VALIDATION_FAILED', accountId: null, ip: at },
      { event: 'login.failure', accountId: executiveId, ip: at },
      { event: 'refused', code: 'UNAUTHENTICATED', accountId: null, ip: at },
      { event: 'login.failure', accountId: executiveId, ip: at },
      { event: 'refused', code: 'UNAUTHENTICATED', accountId: null, ip: at },
      { event: 'login.throttled', accountId: executiveId, ip: at },
      { event: 'refused', code: 'RATE_LIMITED', accountId: null, ip: at },
      { event: 'refused', code: 'BAD_USER_INPUT', accountId: null, ip: at },
    ]);
  });

  it('says at start that roundtable registrants are erased on schedule', () => {
    expect(lines.map((line) => line.msg)).toContain(
      "Roundtable registrants' personal data is erased 90 days after each roundtable, checked at start and every hour.",
    );
  });
});
