import { IncomingHttpHeaders } from 'node:http';
import { Client } from 'pg';
import { MIGRATIONS } from '../../src/database/migrations';
import { TEST_PASSWORD } from './support/accounts';
import { send } from './support/send';
import { serve, Served, STARTING_MS, tracker } from './support/served';
import { GraphQLResponse, UNLIMITED_WRITES } from './support/test-app';
import { makeTestFolder, testDatabaseKind } from './support/test-database';

/**
 * Several processes, one truth: two real API processes (the built dist/main.js) on one
 * PostgreSQL database, with no proxy in front, each request going to one or the other. Whatever
 * one process writes, counts or ends, the other sees: migrations and the demo happen once,
 * compare-and-set still refuses stale versions, the ledger's sequence stays gapless, and the
 * sign-in throttle, the write limits and sessions are the installation's, not a process's.
 * PostgreSQL only: an SQLite installation runs one process.
 */

const ME = '{ me { id } }';
const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id } }';
const UPDATE = 'mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { version title } }';
const POST = 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id sequence } }';
const COMMENT = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';
const SEEDED = 'The database was empty: seeded the demo data.';
const EXECUTIVE = 'executive@example.org';
const LIAISON = 'liaison@example.org';

interface Answer<T> {
  body: GraphQLResponse<T>;
  headers: IncomingHttpHeaders;
}

/** A GraphQL request to one process, with a session cookie, from a loopback address of its own when given. */
async function gql<T = Record<string, unknown>>(
  server: Served,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string; from?: string } = {},
): Promise<Answer<T>> {
  const sent = await send({
    port: server.port,
    path: '/graphql',
    localAddress: options.from,
    headers: options.cookie ? { cookie: options.cookie } : {},
    json: { query, variables },
  });
  return { body: JSON.parse(sent.body) as GraphQLResponse<T>, headers: sent.headers };
}

const codeOf = (answer: Answer<unknown>): string | undefined => answer.body.errors?.[0]?.extensions?.code;

/** Signs in on one process; the session cookie (name=value). */
async function signIn(server: Served, email: string): Promise<string> {
  const answer = await gql(server, LOGIN, { input: { email, password: TEST_PASSWORD } });
  const cookie = answer.headers['set-cookie']?.[0]?.split(';')[0];
  if (answer.body.errors || !cookie) throw new Error(`login of ${email} failed: ${JSON.stringify(answer.body)}`);
  return cookie;
}

async function whoIs(server: Served, cookie: string): Promise<string | null> {
  const answer = await gql<{ me: { id: string } | null }>(server, ME, {}, { cookie });
  return answer.body.data!.me?.id ?? null;
}

/** Two processes started at the same moment on one new, empty database (the demo on), and a client of that database. */
interface Pair {
  a: Served;
  b: Served;
  database: string;
  rows<T>(sql: string, parameters?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

async function startPair(env: Record<string, string>): Promise<Pair> {
  if (testDatabaseKind() !== 'postgres')
    throw new Error(
      'Several processes share one database on PostgreSQL only: run `npm run -w api integration:postgres`.',
    );
  const folder = makeTestFolder('tracker-processes-');
  const database = await folder.database();
  const settings = { DEMO_DATA: 'on', ...env };
  const started = await Promise.allSettled([serve(database, settings), serve(database, settings)]);
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((server) => server.stop()));
    await folder.remove();
    throw failed.reason;
  }
  const client = new Client({ connectionString: database });
  await client.connect();
  return {
    a: servers[0],
    b: servers[1],
    database,
    rows: async <T>(sql: string, parameters: unknown[] = []) => (await client.query(sql, parameters)).rows as T[],
    async stop() {
      await client.end();
      await Promise.all(servers.map((server) => server.stop()));
      await folder.remove();
    },
  };
}

/** A demo commitment's id and its milestones', looked up through the public API. */
async function demoCommitment(
  server: Served,
  reference: string,
): Promise<{ id: string; milestones: { id: string }[] }> {
  const answer = await gql<{
    plan: { commitments: { edges: { node: { id: string; reference: string; milestones: { id: string }[] } }[] } };
  }>(
    server,
    '{ plan(slug: "islamophobia-action-plan") { commitments(first: 100) { edges { node { id reference milestones { id } } } } } }',
  );
  return answer.body.data!.plan.commitments.edges.find((edge) => edge.node.reference === reference)!.node;
}

/** Sets TEST_PASSWORD for each demo account through the CLI, as an operator would. */
async function setPasswords(database: string, emails: string[]): Promise<void> {
  for (const email of emails)
    await tracker(database, ['user:password', '--email', email, '--password-stdin'], TEST_PASSWORD);
}

describe('two processes on one PostgreSQL, writing as fast as they can', () => {
  let pair: Pair;
  let executive: string;
  beforeAll(async () => {
    // Thousands of writes in seconds are a race, not people at work: the write limits stand aside.
    pair = await startPair(UNLIMITED_WRITES);
    await setPasswords(pair.database, [EXECUTIVE, LIAISON]);
    await tracker(
      pair.database,
      [
        'user:create',
        '--email',
        'exec.cli@example.org',
        '--role',
        'EXECUTIVE',
        '--org',
        'labour-muslim-network',
        '--password-stdin',
      ],
      TEST_PASSWORD,
    );
    executive = await signIn(pair.a, EXECUTIVE);
  }, STARTING_MS);
  afterAll(() => pair?.stop());

  it('applies each migration once and seeds the demo once, though both started together on an empty database', async () => {
    const applied = await pair.rows<{ name: string; times: number }>(
      'SELECT name, COUNT(*)::int AS times FROM migrations GROUP BY name ORDER BY name',
    );
    const names = MIGRATIONS.map((migration) => new migration().name ?? migration.name).sort();
    expect(applied).toEqual(names.map((name) => ({ name, times: 1 })));
    const organisations = await pair.rows<{ slug: string }>('SELECT slug FROM organisation ORDER BY slug');
    expect(organisations.filter((o) => o.slug === 'labour-muslim-network')).toHaveLength(1);
    expect(organisations).toHaveLength(3);
    const sequences = (
      await pair.rows<{ sequence: number }>('SELECT sequence FROM status_update ORDER BY sequence')
    ).map((row) => row.sequence);
    expect(sequences.length).toBeGreaterThan(0);
    expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    // One process seeded (and showed the demo passwords); the other found the demo there.
    expect([pair.a, pair.b].filter((server) => server.output().includes(SEEDED))).toHaveLength(1);
  });

  it('keeps a session on both: signed in through A it works on B, and signing out on B ends it on A', async () => {
    const cookie = await signIn(pair.a, 'exec.cli@example.org');
    const id = await whoIs(pair.a, cookie);
    expect(id).not.toBeNull();
    expect(await whoIs(pair.b, cookie)).toBe(id);
    const logout = await gql<{ logout: boolean }>(pair.b, 'mutation { logout }', {}, { cookie });
    expect(logout.body.data!.logout).toBe(true);
    expect(await whoIs(pair.a, cookie)).toBeNull();
    expect(await whoIs(pair.b, cookie)).toBeNull();
  });

  it('ends a disabled user’s sessions on the other process, disabled through the API or the CLI', async () => {
    const liaison = await signIn(pair.b, LIAISON);
    const liaisonId = await whoIs(pair.b, liaison);
    const disabled = await gql(
      pair.a,
      'mutation ($input: DisableUserInput!) { disableUser(input: $input) { id } }',
      { input: { id: liaisonId } },
      { cookie: executive },
    );
    expect(disabled.body.errors).toBeUndefined();
    expect(await whoIs(pair.b, liaison)).toBeNull();

    const other = await signIn(pair.b, 'exec.cli@example.org');
    expect(await whoIs(pair.a, other)).not.toBeNull();
    await tracker(pair.database, ['user:disable', '--email', 'exec.cli@example.org']);
    expect(await whoIs(pair.b, other)).toBeNull();
    expect(await whoIs(pair.a, other)).toBeNull();
  });

  it('keeps every accepted edit of 5 writers per process × 200 rounds on one milestone and refuses every stale one', async () => {
    const WRITERS = 5;
    const ROUNDS = 200;
    const milestoneId = (await demoCommitment(pair.a, 'C6')).milestones[1].id;
    const audited = async () =>
      (
        await pair.rows<{ count: number }>(
          `SELECT COUNT(*)::int AS count FROM audit_event WHERE action = 'milestone.update' AND subject_id = $1`,
          [milestoneId],
        )
      )[0].count;
    const auditedBefore = await audited();
    const accepted: string[] = [];
    let conflicts = 0;
    const other: unknown[] = [];

    const writer = async (server: Served, name: string): Promise<void> => {
      let version = 1;
      for (let round = 0; round < ROUNDS; round++) {
        const title = `${name}, round ${round}`;
        const answer = await gql<{ updateMilestone: { version: number } }>(
          server,
          UPDATE,
          { input: { id: milestoneId, version, title } },
          { cookie: executive },
        );
        if (answer.body.data?.updateMilestone) {
          accepted.push(title);
          version = answer.body.data.updateMilestone.version;
        } else if (codeOf(answer) === 'CONFLICT') {
          conflicts += 1;
          version = Number(answer.body.errors![0].extensions!.currentVersion);
        } else {
          other.push(answer.body);
        }
      }
    };
    await Promise.all(
      [pair.a, pair.b].flatMap((server, s) =>
        Array.from({ length: WRITERS }, (_, w) => writer(server, `Process ${s + 1} writer ${w}`)),
      ),
    );

    expect(other).toEqual([]);
    expect(accepted.length + conflicts).toBe(2 * WRITERS * ROUNDS);
    expect(conflicts).toBeGreaterThan(0);
    // Both processes' writers got edits in.
    expect(accepted.some((title) => title.startsWith('Process 1'))).toBe(true);
    expect(accepted.some((title) => title.startsWith('Process 2'))).toBe(true);
    const [{ version }] = await pair.rows<{ version: number }>('SELECT version FROM milestone WHERE id = $1', [
      milestoneId,
    ]);
    expect(version).toBe(1 + accepted.length);
    const revisions = await pair.rows<{ after: string; version: number }>(
      `SELECT "after", version FROM revision WHERE subject_id = $1 AND field = 'title' ORDER BY version`,
      [milestoneId],
    );
    expect(revisions.map((r) => r.after).sort()).toEqual([...accepted].sort());
    expect(revisions.map((r) => r.version)).toEqual(accepted.map((_, i) => i + 2));
    expect((await audited()) - auditedBefore).toBe(accepted.length);
    process.stdout.write(
      `processes: ${accepted.length} edits accepted, ${conflicts} conflicts, final version ${version}\n`,
    );
  }, 600_000);

  it('numbers the ledger entries of 10 writers over both processes uniquely and without a gap', async () => {
    const WRITERS = 10;
    const POSTS = 20;
    const subjects = [(await demoCommitment(pair.a, 'C6')).id, (await demoCommitment(pair.a, 'C7')).id];
    const auditedEntries = async () =>
      (
        await pair.rows<{ count: number }>(
          `SELECT COUNT(*)::int AS count FROM audit_event WHERE action = 'status_update.create'`,
        )
      )[0].count;
    const auditedBefore = await auditedEntries();
    const posted: { id: string; sequence: number }[] = [];
    const other: unknown[] = [];
    const writer = async (w: number): Promise<void> => {
      const server = w % 2 === 0 ? pair.a : pair.b;
      for (let i = 0; i < POSTS; i++) {
        const answer = await gql<{ postStatusUpdate: { id: string; sequence: number } }>(
          server,
          POST,
          {
            input: {
              subjectType: 'COMMITMENT',
              subjectId: subjects[w % subjects.length],
              lens: 'ASSESSMENT',
              status: 'LIMITED',
              narrative: `Writer ${w}, entry ${i}`,
            },
          },
          { cookie: executive },
        );
        if (answer.body.data?.postStatusUpdate) posted.push(answer.body.data.postStatusUpdate);
        else other.push(answer.body);
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    expect(other).toEqual([]);
    expect(posted).toHaveLength(WRITERS * POSTS);
    const ledger = await pair.rows<{ id: string; sequence: number }>(
      'SELECT id, sequence FROM status_update ORDER BY sequence',
    );
    expect(ledger.map((entry) => entry.sequence)).toEqual(ledger.map((_, i) => i + 1));
    const byId = new Map(ledger.map((entry) => [entry.id, entry.sequence]));
    expect(byId.size).toBe(ledger.length);
    for (const entry of posted) expect(byId.get(entry.id)).toBe(entry.sequence);
    expect(new Set(posted.map((entry) => entry.sequence)).size).toBe(posted.length);
    expect((await auditedEntries()) - auditedBefore).toBe(posted.length);
  }, 300_000);
});

describe('two processes on one PostgreSQL, counting what the limits count', () => {
  const LIMITS = {
    LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS: 4,
    LOGIN_FAILURES_PER_ADDRESS: 9,
    LOGIN_FAILURES_PER_ACCOUNT: 7,
    WRITES_PER_ACCOUNT_PER_MINUTE: 6,
  };
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair(Object.fromEntries(Object.entries(LIMITS).map(([name, value]) => [name, String(value)])));
    await setPasswords(pair.database, [EXECUTIVE, LIAISON]);
  }, STARTING_MS);
  afterAll(() => pair?.stop());

  /**
   * Wrong passwords sent to `servers` in turn, the i-th (from 1) for the account and from the
   * address `attempt(i)` names: the number of the first attempt refused with RATE_LIMITED.
   */
  async function firstRefusedSignIn(
    servers: Served[],
    attempt: (i: number) => { email: string; from: string },
  ): Promise<number> {
    for (let i = 1; i <= 30; i++) {
      const { email, from } = attempt(i);
      const answer = await gql(
        servers[(i - 1) % servers.length],
        LOGIN,
        { input: { email, password: `wrong guess ${i}` } },
        { from },
      );
      if (codeOf(answer) === 'RATE_LIMITED') return i;
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    }
    throw new Error('30 wrong passwords and none refused');
  }

  /** Sprays the same way against A alone and against A and B in turn; both numbers of the first refusal. */
  async function sprayBoth(attempt: (run: string, i: number) => { email: string; from: string }): Promise<number[]> {
    return [
      await firstRefusedSignIn([pair.a], (i) => attempt('one', i)),
      await firstRefusedSignIn([pair.a, pair.b], (i) => attempt('two', i)),
    ];
  }

  it('refuses guesses at one account from one address at the same attempt, on one process or two', async () => {
    const refusedAt = await sprayBoth((run) => ({
      email: `pair.${run}@example.org`,
      from: run === 'one' ? '127.0.1.1' : '127.0.1.2',
    }));
    expect(refusedAt).toEqual([
      LIMITS.LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS + 1,
      LIMITS.LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS + 1,
    ]);
  });

  it('refuses an address trying many accounts at the same attempt, on one process or two', async () => {
    const refusedAt = await sprayBoth((run, i) => ({
      email: `address.${run}.${i}@example.org`,
      from: run === 'one' ? '127.0.2.1' : '127.0.2.2',
    }));
    expect(refusedAt).toEqual([LIMITS.LOGIN_FAILURES_PER_ADDRESS + 1, LIMITS.LOGIN_FAILURES_PER_ADDRESS + 1]);
  });

  it('refuses a spray at one account from many addresses at the same attempt, on one process or two', async () => {
    const refusedAt = await sprayBoth((run, i) => ({
      email: `account.${run}@example.org`,
      from: `127.0.${run === 'one' ? 3 : 4}.${i}`,
    }));
    expect(refusedAt).toEqual([LIMITS.LOGIN_FAILURES_PER_ACCOUNT + 1, LIMITS.LOGIN_FAILURES_PER_ACCOUNT + 1]);
  });

  it('lets an account make N writes a minute across both processes, not N on each', async () => {
    const commitmentId = (await demoCommitment(pair.a, 'C5')).id;
    const firstRefusedWrite = async (servers: Served[], email: string): Promise<number> => {
      const cookie = await signIn(pair.a, email);
      for (let i = 1; i <= 30; i++) {
        const answer = await gql(
          servers[(i - 1) % servers.length],
          COMMENT,
          { input: { commitmentId, body: `Comment ${i} by ${email}` } },
          { cookie },
        );
        if (codeOf(answer) === 'RATE_LIMITED') {
          expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
          return i;
        }
        expect(answer.body.errors).toBeUndefined();
      }
      throw new Error('30 writes and none refused');
    };
    const oneProcess = await firstRefusedWrite([pair.a], LIAISON);
    const twoProcesses = await firstRefusedWrite([pair.a, pair.b], EXECUTIVE);
    expect([oneProcess, twoProcesses]).toEqual([
      LIMITS.WRITES_PER_ACCOUNT_PER_MINUTE + 1,
      LIMITS.WRITES_PER_ACCOUNT_PER_MINUTE + 1,
    ]);
    const [{ count }] = await pair.rows<{ count: number }>(
      `SELECT COUNT(*)::int AS count FROM comment WHERE body LIKE 'Comment % by ${EXECUTIVE}'`,
    );
    expect(count).toBe(LIMITS.WRITES_PER_ACCOUNT_PER_MINUTE);
  });
});
