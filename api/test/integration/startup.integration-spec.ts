import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer, AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runNode, waitForOutput } from './support/process';
import { STARTING_MS } from './support/served';
import { itOnSqlite, makeTestFolder, TestFolder, testDatabaseKind } from './support/test-database';

const READY = 'Serving the dashboard and /graphql';

/**
 * The built server with `env`, once it says it is serving. These bounds only stop a start that
 * hangs, on a machine busy with other tests; a server that never gets there is killed, so that no
 * failed test leaves it running through the rest of the suite.
 */
async function startServer(env: Record<string, string>): Promise<ReturnType<typeof runNode>> {
  const server = runNode('main.js', env);
  try {
    await waitForOutput(server.output, READY, STARTING_MS / 2);
  } catch (error) {
    server.child.kill('SIGKILL');
    throw error;
  }
  return server;
}

describe('starting the server (built dist/main.js)', () => {
  let folder: TestFolder;
  beforeEach(() => {
    folder = makeTestFolder('tracker-start-');
  });
  afterEach(() => folder.remove());

  it.each([
    ['PORT', 'eighty'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://db/tracker'],
    ['DEMO_DATA', 'maybe'],
    ['TRUST_PROXY', 'true'],
  ])('stops at once on a bad %s, naming the variable', async (name, value) => {
    // The configuration is refused before any database is opened.
    const { exited } = runNode('main.js', { DATABASE_URL: join(folder.path, 'db.sqlite'), [name]: value });
    const { code, output } = await exited;
    expect(code).toBe(1);
    expect(output).toContain(`${name}=`);
    expect(output).not.toMatch(/at \S+ \(/);
  });

  it('explains a port that is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { exited } = runNode('main.js', { DATABASE_URL: await folder.database(), PORT: String(port) });
      const { code, output } = await exited;
      expect(code).toBe(1);
      expect(output).toContain(`PORT=${port}: the port is already in use`);
    } finally {
      blocker.close();
    }
  });

  itOnSqlite('explains an unwritable data folder', async () => {
    const data = join(folder.path, 'read-only');
    mkdirSync(data, { mode: 0o555 });
    chmodSync(folder.path, 0o755);
    // Root may write anywhere, so the server runs as an unprivileged user when the tests run as root.
    const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const { exited } = runNode('main.js', { DATABASE_URL: join(data, 'tracker.sqlite'), PORT: '0' }, [], {
      as: nobody,
    });
    const { code, output } = await exited;
    expect(code).toBe(1);
    expect(output).toContain(`Cannot write to the database folder ${data} (EACCES)`);
    expect(output).toContain('Set DATABASE_URL');
  });

  it(
    'seeds an empty database, keeps the data on a second start and closes cleanly on SIGTERM',
    async () => {
      const database = await folder.database();
      // On SQLite, as a file: URL.
      const env = { DATABASE_URL: testDatabaseKind() === 'sqlite' ? `file:${database}` : database, PORT: '0' };
      const first = await startServer(env);
      expect(first.output()).toContain('seeded the demo data');
      expect(first.output()).toMatch(/executive@example\.org {2}[A-Za-z0-9_-]{20}/);
      first.child.kill('SIGTERM');
      expect((await first.exited).code).toBe(0);
      // A clean close checkpoints SQLite's write-ahead log into the file and removes it.
      if (testDatabaseKind() === 'sqlite') expect(existsSync(`${database}-wal`)).toBe(false);

      const second = await startServer(env);
      expect(second.output()).not.toContain('seeded the demo data');
      second.child.kill('SIGINT');
      expect((await second.exited).code).toBe(0);
    },
    STARTING_MS,
  );

  /** The organisations the started server serves, asked over HTTP at the address it logged. */
  async function organisationsServed(output: string): Promise<string[]> {
    const url = /Serving the dashboard and \/graphql at (\S+)\//.exec(output)![1].replace('[::1]', '127.0.0.1');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisations { slug } }' }),
    });
    const { data } = (await response.json()) as { data: { organisations: { slug: string }[] } };
    return data.organisations.map((o) => o.slug);
  }
  const FIRST_STEPS = 'npm run tracker -- org:create --slug';
  const occurrences = (text: string, part: string) => text.split(part).length - 1;

  it.each([
    ['DEMO_DATA=off', { DEMO_DATA: 'off' }],
    ['NODE_ENV=production without DEMO_DATA', { NODE_ENV: 'production' }],
  ])(
    'with %s seeds nothing into an empty database and says, once, how to create the first organisation',
    async (_, settings) => {
      const env = { DATABASE_URL: await folder.database(), PORT: '0', ...settings };
      const first = await startServer(env);
      expect(await organisationsServed(first.output())).toEqual([]);
      expect(first.output()).not.toContain('seeded the demo data');
      expect(first.output()).not.toContain('executive@example.org');
      expect(occurrences(first.output(), FIRST_STEPS)).toBe(1);
      expect(
        occurrences(
          first.output(),
          'npm run tracker -- user:create --email you@example.org --role EXECUTIVE --org your-network',
        ),
      ).toBe(1);
      first.child.kill('SIGTERM');
      expect((await first.exited).code).toBe(0);

      const created = await runNode('cli/tracker.js', env, [
        'org:create',
        '--slug',
        'first-network',
        '--name',
        'First network',
      ]).exited;
      expect(created.code).toBe(0);
      const second = await startServer(env);
      expect(await organisationsServed(second.output())).toEqual(['first-network']);
      expect(second.output()).not.toContain(FIRST_STEPS);
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
    },
    STARTING_MS,
  );

  it(
    'with DEMO_DATA=on seeds the demo even in production',
    async () => {
      const env = { DATABASE_URL: await folder.database(), PORT: '0', NODE_ENV: 'production', DEMO_DATA: 'on' };
      const started = await startServer(env);
      expect(started.output()).toContain('seeded the demo data');
      expect(started.output()).not.toContain(FIRST_STEPS);
      expect((await organisationsServed(started.output())).sort()).toEqual([
        'bame-labour',
        'labour-muslim-network',
        'lgbt-labour',
      ]);
      started.child.kill('SIGTERM');
      expect((await started.exited).code).toBe(0);
    },
    STARTING_MS,
  );
});
