import { plainRows } from './support/plain-database';
import { runNode } from './support/process';
import { makeTestFolder, TestFolder } from './support/test-database';

describe('the tracker CLI (built dist/cli/tracker.js)', () => {
  let folder: TestFolder;
  let env: Record<string, string>;
  beforeAll(async () => {
    folder = makeTestFolder('tracker-cli-');
    env = { DATABASE_URL: await folder.database() };
  });
  afterAll(() => folder.remove());

  const tracker = (...args: string[]) => runNode('cli/tracker.js', env, args).exited;
  const trackerWithInput = (input: string, ...args: string[]) => runNode('cli/tracker.js', env, args, { input }).exited;

  it('migrates, seeds the demo once, then refuses to seed over data', async () => {
    // The CLI's answer and nothing else: the server's logs stay off (createApp({ logger: false })).
    expect(await tracker('migrate')).toEqual({ code: 0, output: 'Migrations applied.\n' });
    const seeded = await tracker('seed');
    expect(seeded).toMatchObject({ code: 0, output: expect.stringContaining('Seeded the demo data') });
    expect(seeded.output).toMatch(/liaison@example\.org {2}[A-Za-z0-9_-]{20}/);
    const again = await tracker('seed');
    expect(again.code).toBe(2);
    expect(again.output).toContain('already holds data');
  });

  it('adds a synthetic plan at scale 1 with the promised sizes', async () => {
    const result = await tracker('seed', '--scale', '1');
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Seeded synthetic-plan-1: 500 commitments, 2000 milestones, 10000 ledger entries/);
  });

  it('publishes the plans of the demo and of the synthetic seed', async () => {
    const plans = await plainRows(env.DATABASE_URL, 'SELECT slug, published_at FROM action_plan ORDER BY slug');
    expect(plans.map((plan) => plan.slug)).toContain('synthetic-plan-1');
    expect(plans.length).toBeGreaterThan(2);
    expect(plans.filter((plan) => plan.published_at === null)).toEqual([]);
  });

  it('creates an executive with a password read from standard input, and disables them', async () => {
    const created = await trackerWithInput(
      'a strong passphrase here\n',
      'user:create',
      '--email',
      'First.Exec@example.org',
      '--role',
      'EXECUTIVE',
      '--org',
      'labour-muslim-network',
      '--password-stdin',
    );
    expect(created).toMatchObject({
      code: 0,
      output: expect.stringContaining('Created executive first.exec@example.org'),
    });
    expect(created.output).not.toContain('a strong passphrase here');
    const disabled = await tracker('user:disable', '--email', 'first.exec@example.org');
    expect(disabled).toMatchObject({ code: 0, output: expect.stringContaining('Disabled first.exec@example.org') });
  });

  it('sets a password read from standard input, under the policy', async () => {
    const weak = await trackerWithInput(
      'liaisonliaison\n',
      'user:password',
      '--email',
      'liaison@example.org',
      '--password-stdin',
    );
    expect(weak.code).toBe(2);
    expect(weak.output).toContain('name of your email address');
    const set = await trackerWithInput(
      'a new and long passphrase\n',
      'user:password',
      '--email',
      'liaison@example.org',
      '--password-stdin',
    );
    expect(set).toMatchObject({ code: 0, output: expect.stringContaining('Set the password of liaison@example.org') });
    expect(set.output).not.toContain('a new and long passphrase');
    const withoutStdin = await tracker('user:password', '--email', 'liaison@example.org');
    expect(withoutStdin).toMatchObject({ code: 2, output: expect.stringContaining('--password-stdin') });
  });

  it('prints a one-time invitation link without --password-stdin', async () => {
    const result = await tracker(
      'user:create',
      '--email',
      'party@example.org',
      '--role',
      'LIAISON',
      '--org',
      'labour-muslim-network',
      '--plan',
      'islamophobia-action-plan',
    );
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/\/invite#[A-Za-z0-9_-]{43}/);
  });

  it.each([
    [
      ['user:create', '--email', 'x@example.org', '--role', 'ADMIN', '--org', 'labour-muslim-network'],
      '--role must be EXECUTIVE or LIAISON',
    ],
    [
      ['user:create', '--email', 'x@example.org', '--role', 'LIAISON', '--org', 'labour-muslim-network'],
      'give --plan SLUG',
    ],
    [
      ['user:create', '--email', 'x@example.org', '--role', 'EXECUTIVE', '--org', 'no-such-org'],
      'No organisation found',
    ],
    [['user:disable', '--email', 'nobody@example.org'], 'No account has the email'],
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['seed', '--scale'], '--scale needs a value'],
    [['seed', '--scale', 'lots'], '--scale must be a whole number'],
  ])('explains bad input: %p', async (args, message) => {
    const result = await tracker(...args);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(message);
  });
});
