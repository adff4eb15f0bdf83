import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode } from './support/process';

describe('the tracker CLI (built dist/cli/tracker.js)', () => {
  let folder: string;
  let env: Record<string, string>;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-cli-'));
    env = { DATABASE_URL: join(folder, 'tracker.sqlite') };
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const tracker = (...args: string[]) => runNode('cli/tracker.js', env, args).exited;

  it('migrates, seeds the demo once, then refuses to seed over data', async () => {
    expect(await tracker('migrate')).toMatchObject({ code: 0, output: expect.stringContaining('Migrations applied') });
    expect(await tracker('seed')).toMatchObject({ code: 0, output: expect.stringContaining('Seeded the demo data') });
    const again = await tracker('seed');
    expect(again.code).toBe(2);
    expect(again.output).toContain('already holds data');
  });

  it('adds a synthetic plan at scale 1 with the promised sizes', async () => {
    const result = await tracker('seed', '--scale', '1');
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/Seeded synthetic-plan-1: 500 commitments, 2000 milestones, 10000 ledger entries/);
  });

  it.each([
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['seed', '--scale'], '--scale needs a value'],
    [['seed', '--scale', 'lots'], '--scale must be a whole number'],
  ])('explains bad input: %p', async (args, message) => {
    const result = await tracker(...args);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(message);
  });
});
