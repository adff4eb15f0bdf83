import { plainRows } from './support/plain-database';
import { runNode } from './support/process';
import { makeTestFolder, TestFolder } from './support/test-database';

describe('tracker org:create and org:list (built dist/cli/tracker.js)', () => {
  let folder: TestFolder;
  let env: Record<string, string>;
  beforeAll(async () => {
    folder = makeTestFolder('tracker-cli-orgs-');
    env = { DATABASE_URL: await folder.database() };
  });
  afterAll(() => folder.remove());

  const tracker = (...args: string[]) => runNode('cli/tracker.js', env, args).exited;
  /** Rows of the database, read by a connection of its own after the command has exited. */
  const rows = (sql: string) => plainRows(env.DATABASE_URL, sql);
  const organisationCount = async () => Number((await rows('SELECT COUNT(*) AS n FROM organisation'))[0].n);

  it('says how to begin when there is no organisation yet', async () => {
    const listed = await tracker('org:list');
    expect(listed).toMatchObject({ code: 0, output: expect.stringContaining('No organisations yet') });
    expect(listed.output).toContain('org:create --slug S --name N');
  });

  it('creates an organisation with its website and description, audited, and says what comes next', async () => {
    const created = await tracker(
      'org:create',
      '--slug',
      'tenants-network',
      '--name',
      ' Tenants’ Network ',
      '--website',
      'https://example.org/tenants',
      '--description',
      'Tenants keeping the council to its word.',
    );
    expect(created.code).toBe(0);
    expect(created.output).toContain('Created the organisation tenants-network (Tenants’ Network).');
    expect(created.output).toContain(
      'npm run tracker -- user:create --email you@example.org --role EXECUTIVE --org tenants-network',
    );
    expect(await rows('SELECT slug, name, website, description, version, licence FROM organisation')).toEqual([
      {
        slug: 'tenants-network',
        name: 'Tenants’ Network',
        website: 'https://example.org/tenants',
        description: 'Tenants keeping the council to its word.',
        version: 1,
        licence: 'CC-BY-4.0',
      },
    ]);
    expect(await rows("SELECT actor_id, subject_type FROM audit_event WHERE action = 'organisation.create'")).toEqual([
      { actor_id: null, subject_type: 'ORGANISATION' },
    ]);
    const executive = await runNode(
      'cli/tracker.js',
      env,
      [
        'user:create',
        '--email',
        'first@example.org',
        '--role',
        'EXECUTIVE',
        '--org',
        'tenants-network',
        '--password-stdin',
      ],
      { input: 'a long opening passphrase\n' },
    ).exited;
    expect(executive).toMatchObject({
      code: 0,
      output: expect.stringContaining('Created executive first@example.org'),
    });
  });

  it('lists the organisations as a table of slug, name, plans and accounts', async () => {
    expect(await tracker('org:create', '--slug', 'allotment-society', '--name', 'Allotment Society')).toMatchObject({
      code: 0,
    });
    const listed = await tracker('org:list');
    expect(listed.code).toBe(0);
    expect(listed.output.trimEnd().split('\n')).toEqual([
      'SLUG               NAME               PLANS  ACCOUNTS',
      'allotment-society  Allotment Society      0         0',
      'tenants-network    Tenants’ Network       0         1',
    ]);
  });

  it.each([
    [['--slug', 'Tenants Network', '--name', 'T'], '--slug: slug must be lowercase letters, digits and single hyphens'],
    [['--slug', 'double--hyphen', '--name', 'T'], '--slug: slug must be lowercase letters, digits and single hyphens'],
    [
      ['--slug', 'tenants-network', '--name', 'Another'],
      'The slug "tenants-network" is already used by an organisation, plan or report; choose another.',
    ],
    [
      ['--slug', 'new-one', '--name', 'N', '--website', 'ftp://example.org/'],
      '--website: website must be an http or https address',
    ],
    [
      ['--slug', 'new-one', '--name', 'N', '--website', 'javascript:alert(1)'],
      '--website: website must be an http or https address',
    ],
    [
      ['--slug', 'new-one', '--name', 'N', '--website', 'example.org'],
      '--website: website must be an http or https address',
    ],
    [['--slug', 'new-one', '--name', '   '], '--name: name must not be empty'],
    [
      ['--slug', 'new-one', '--name', 'N', '--licence', 'MIT'],
      '--licence: licence must be one of CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODbL-1.0, OGL-UK-3.0',
    ],
    [['--slug', 'new-one'], '--name is required'],
    [['--slug', 'new-one', '--name', 'N', '--webiste', 'https://example.org/'], 'Unknown option "--webiste"'],
    [['--slug', 'new-one', '--slug', 'other-one', '--name', 'N'], '--slug is given twice'],
  ])('refuses org:create %p with exit code 2, a clear message, and nothing written', async (args, message) => {
    const before = await organisationCount();
    const result = await tracker('org:create', ...args);
    expect(result.code).toBe(2);
    expect(result.output).toContain(message);
    expect(result.output).not.toMatch(/at \S+ \(/);
    expect(await organisationCount()).toBe(before);
  });

  it('refuses a slug a plan or report of the demo already has', async () => {
    const demo = { DATABASE_URL: await folder.database('demo.sqlite') };
    expect((await runNode('cli/tracker.js', demo, ['seed']).exited).code).toBe(0);
    const result = await runNode('cli/tracker.js', demo, [
      'org:create',
      '--slug',
      'islamophobia-action-plan',
      '--name',
      'Plan-named',
    ]).exited;
    expect(result.code).toBe(2);
    expect(result.output).toContain('The slug "islamophobia-action-plan" is already used');
    const listed = await runNode('cli/tracker.js', demo, ['org:list']).exited;
    expect(listed.output).toMatch(/labour-muslim-network +Labour Muslim Network +1 +1\n/);
  });

  it('creates an organisation with the licence of its open data', async () => {
    const created = await tracker(
      'org:create',
      '--slug',
      'open-council',
      '--name',
      'Open Council',
      '--licence',
      'OGL-UK-3.0',
    );
    expect(created.code).toBe(0);
    expect(await rows("SELECT licence FROM organisation WHERE slug = 'open-council'")).toEqual([
      { licence: 'OGL-UK-3.0' },
    ]);
  });
});
