import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainRows } from './support/plain-database';
import { runNode } from './support/process';
import { makeTestFolder, TestFolder } from './support/test-database';

const ORG = 'labour-muslim-network';
const PLAN = 'islamophobia-action-plan';

describe('tracker import (built dist/cli/tracker.js)', () => {
  let folder: TestFolder;
  let env: Record<string, string>;
  beforeAll(async () => {
    folder = makeTestFolder('tracker-cli-import-');
    env = { DATABASE_URL: await folder.database() };
    expect((await tracker('seed')).code).toBe(0);
  });
  afterAll(() => folder.remove());

  const tracker = (...args: string[]) => runNode('cli/tracker.js', env, args).exited;
  /** Rows of the database, read by a connection of its own after the command has exited. */
  const rows = (sql: string, ...parameters: (string | number)[]) => plainRows(env.DATABASE_URL, sql, parameters);
  const commitment = async (reference: string) =>
    (
      await rows(
        'SELECT c.id, c.title, c.version FROM "commitment" c JOIN action_plan p ON p.id = c.plan_id WHERE p.slug = ? AND c.reference = ?',
        PLAN,
        reference,
      )
    )[0] as { id: string; title: string; version: number };
  /** What an import could touch, to show that a refused one touched nothing. */
  const snapshot = async () =>
    JSON.stringify([
      await rows('SELECT id, title, version, due_date FROM "commitment" ORDER BY id'),
      await rows('SELECT COUNT(*) AS n FROM revision'),
      await rows('SELECT COUNT(*) AS n FROM audit_event'),
    ]);
  const csvFile = (name: string, text: string): string => {
    const path = join(folder.path, name);
    writeFileSync(path, text);
    return path;
  };
  const userId = async (email: string) =>
    ((await rows('SELECT id FROM "user" WHERE email = ?', email))[0] as { id: string }).id;

  it('prints a clean dry run and writes nothing (exit 0)', async () => {
    const c1 = await commitment('C1');
    const file = csvFile('commitments.csv', `reference,title,version\nC1,Dry-run wording,${c1.version}\n`);
    const before = await snapshot();
    const result = await tracker('import', '--org', ORG, '--plan', PLAN, file, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.output).toContain('0 to create, 1 to update, 0 unchanged, 0 with errors');
    expect(result.output).toContain(`title: ${JSON.stringify(c1.title)} → "Dry-run wording"`);
    expect(result.output).toContain('Dry run: nothing was written.');
    expect(await snapshot()).toBe(before);
  });

  it('applies an import as the organisation’s only executive (exit 0)', async () => {
    const c1 = await commitment('C1');
    const file = csvFile('commitments.csv', `reference,title,version\nC1,Applied wording,${c1.version}\n`);
    const result = await tracker('import', '--org', ORG, '--plan', PLAN, file);
    expect(result).toMatchObject({ code: 0, output: expect.stringContaining('Applied.') });
    expect(await commitment('C1')).toMatchObject({ title: 'Applied wording', version: c1.version + 1 });
    expect(
      await rows('SELECT actor_id FROM revision WHERE subject_id = ? AND version = ?', c1.id, c1.version + 1),
    ).toEqual([{ actor_id: await userId('executive@example.org') }]);
  });

  it('prints every error with its file, row and column and writes nothing (exit 1)', async () => {
    const file = csvFile('commitments (2).csv', 'reference,title,due_date\nC95,A title,2026-02-30\nC96,,\n');
    const before = await snapshot();
    const result = await tracker('import', '--org', ORG, '--plan', PLAN, file);
    expect(result.code).toBe(1);
    expect(result.output).toContain('commitments (2).csv, row 2, due_date: "2026-02-30" is not a date');
    expect(result.output).toContain('commitments (2).csv, row 3, title: "title" must not be empty.');
    expect(result.output).toContain('Nothing was written: fix the errors above and import again.');
    expect(await snapshot()).toBe(before);
  });

  it.each([
    [['import', 'x.csv'], '--org and a FILE are required'],
    [['import', '--org', ORG], '--org and a FILE are required'],
    [['import', '--org', 'no-such-organisation', 'x.csv'], 'no-such-organisation'],
    [['import', '--org', ORG, '/nowhere/commitments.csv'], 'Cannot read /nowhere/commitments.csv'],
    [['import', '--org', ORG, 'x.csv', '--colour', 'red'], 'Unknown option "--colour"'],
  ])('refuses %j as a usage error (exit 2)', async (args, message) => {
    const before = await snapshot();
    const result = await tracker(...args);
    expect(result.code).toBe(2);
    expect(result.output).toContain(message);
    expect(await snapshot()).toBe(before);
  });

  it('asks which executive imports when there are several, and records the one --as names', async () => {
    const created = await runNode(
      'cli/tracker.js',
      env,
      ['user:create', '--email', 'second@example.org', '--role', 'EXECUTIVE', '--org', ORG, '--password-stdin'],
      { input: 'an unrelated long passphrase\n' },
    ).exited;
    expect(created).toMatchObject({ code: 0 });
    const c2 = await commitment('C2');
    const file = csvFile('commitments.csv', `reference,title,version\nC2,Imported by the second,${c2.version}\n`);
    const before = await snapshot();
    const refused = await tracker('import', '--org', ORG, '--plan', PLAN, file);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('say which one imports with --as EMAIL');
    expect(await snapshot()).toBe(before);

    const stranger = await tracker('import', '--org', ORG, '--plan', PLAN, file, '--as', 'nobody@example.org');
    expect(stranger).toMatchObject({ code: 2, output: expect.stringContaining('not an enabled executive') });

    const applied = await tracker('import', '--org', ORG, '--plan', PLAN, file, '--as', 'second@example.org');
    expect(applied.code).toBe(0);
    expect(
      await rows('SELECT actor_id FROM revision WHERE subject_id = ? AND version = ?', c2.id, c2.version + 1),
    ).toEqual([{ actor_id: await userId('second@example.org') }]);
    expect(
      (await rows("SELECT actor_id FROM audit_event WHERE action = 'plan.import' ORDER BY created_at")).pop(),
    ).toEqual({ actor_id: await userId('second@example.org') });
  });
});
