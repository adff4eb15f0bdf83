import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseChecks } from './support/crash/database-checks';
import { missingWrites } from './support/crash/read-back';
import { startServer } from './support/crash/server-process';
import { signInOver, trackerApi, TrackerApi } from './support/crash/tracker-api';
import { CommitmentWrites, createCommitment, write, WriteKind } from './support/crash/writes';
import { runNode } from './support/process';

const DEMO_PLAN = 'islamophobia-action-plan';
/** The synthetic plan makes the database tens of megabytes, so the backup takes long enough to write during. */
const SCALE = '2';
/** Each writer writes on a commitment of its own, one write at a time. */
const WRITERS: WriteKind[] = ['statusUpdate', 'statusUpdate', 'comment', 'comment', 'edit'];
/** Acknowledged writes before the backup starts. */
const WRITES_BEFORE = 100;
const UNLIMITED_WRITES = {
  WRITES_PER_ACCOUNT_PER_MINUTE: '1000000',
  WRITES_PER_ACCOUNT_PER_HOUR: '1000000',
  WRITES_PER_ADDRESS_PER_MINUTE: '1000000',
  WRITES_PER_ADDRESS_PER_HOUR: '1000000',
};
const print = (line: string): void => void process.stdout.write(`${line}\n`);
const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const acknowledgedIn = (targets: CommitmentWrites[]): number =>
  targets.reduce((sum, t) => sum + t.statusUpdates.length + t.comments.length + t.edits.length, 0);

/** The writes acknowledged so far, as they stand now. */
const snapshot = (targets: CommitmentWrites[]): CommitmentWrites[] =>
  targets.map((t) => ({
    ...t,
    statusUpdates: [...t.statusUpdates],
    comments: [...t.comments],
    edits: [...t.edits],
  }));

async function planId(api: TrackerApi): Promise<string> {
  const { data } = await api.request<{ plan: { id: string } }>(`{ plan(slug: "${DEMO_PLAN}") { id } }`);
  return data!.plan.id;
}

describe('backup drill (built dist/main.js serving and writing, tracker backup and restore as processes)', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-backup-drill-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('copies every write acknowledged before the backup began, under a steady stream of writes', async () => {
    const env = { DATABASE_URL: join(folder, 'tracker.sqlite'), ...UNLIMITED_WRITES };
    const seeded = await runNode('cli/tracker.js', env, ['seed']).exited;
    const password = /executive@example\.org {2}(\S+)/.exec(seeded.output)?.[1];
    expect(password).toBeDefined();
    expect((await runNode('cli/tracker.js', env, ['seed', '--scale', SCALE]).exited).code).toBe(0);

    const server = await startServer(env);
    const targets: CommitmentWrites[] = [];
    let before: CommitmentWrites[] = [];
    let copied: { code: number | null; output: string };
    let duringBackup = 0;
    let backupMs = 0;
    const refused: string[] = [];
    const cookie = await signInOver(server.url, 'executive@example.org', password!);
    try {
      const api = trackerApi(server.url, cookie);
      const plan = await planId(api);
      for (const [w] of WRITERS.entries()) targets.push(await createCommitment(api, plan, `BK-${w + 1}`));
      let writing = true;
      const writers = WRITERS.map(async (kind, w) => {
        for (let n = 0; writing; n++) {
          const outcome = await write(api, targets[w], kind, String(n), n % 2 ? 'LIMITED' : 'NOT_STARTED').catch(
            (error: unknown) => {
              writing = false;
              throw new Error(`${String(error)}\n${server.state()}`);
            },
          );
          if (outcome.kind === 'refused') refused.push(`${kind}: ${outcome.code}`);
        }
      });
      while (acknowledgedIn(targets) < WRITES_BEFORE && refused.length === 0) await delay(20);
      before = snapshot(targets);
      const startedAt = acknowledgedIn(targets);
      const started = performance.now();
      copied = await runNode('cli/tracker.js', env, ['backup', '--to', join(folder, 'backup.sqlite')]).exited;
      backupMs = performance.now() - started;
      duringBackup = acknowledgedIn(targets) - startedAt;
      await delay(500);
      writing = false;
      await Promise.all(writers);
    } finally {
      await server.stop();
    }
    expect(refused).toEqual([]);
    expect(copied).toMatchObject({ code: 0, output: expect.stringContaining('integrity check: ok') });

    const restoredUrl = join(folder, 'restored.sqlite');
    const restoredEnv = { ...env, DATABASE_URL: restoredUrl };
    const restored = await runNode('cli/tracker.js', restoredEnv, ['restore', '--from', join(folder, 'backup.sqlite')])
      .exited;
    expect(restored).toMatchObject({ code: 0, output: expect.stringContaining('nothing was replaced') });
    const health = await databaseChecks(restoredUrl).check();

    const restoredServer = await startServer(restoredEnv);
    const missing: string[] = [];
    try {
      const api = trackerApi(restoredServer.url, cookie);
      for (const target of before) missing.push(...(await missingWrites(api, target)));
    } finally {
      await restoredServer.stop();
    }
    print(
      [
        'Backup drill:',
        `  writes acknowledged before the backup began: ${acknowledgedIn(before)}`,
        `  writes acknowledged during the backup (${Math.round(backupMs)} ms): ${duringBackup}`,
        `  writes acknowledged in all: ${acknowledgedIn(targets)}`,
        `  acknowledged-before-backup writes missing from the copy: ${missing.length}`,
        `  restored copy's integrity check: ${health.integrity.join('; ')}`,
        copied.output,
      ].join('\n'),
    );
    expect(health).toEqual({ integrity: ['ok'], foreignKeyViolations: [] });
    expect(acknowledgedIn(before)).toBeGreaterThanOrEqual(WRITES_BEFORE);
    expect(duringBackup).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  }, 300_000);
});
