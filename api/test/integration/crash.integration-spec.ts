import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCrashReport, runCrashHarness } from './support/crash/crash-harness';
import { missingWrites } from './support/crash/read-back';
import { startServer } from './support/crash/server-process';
import { trackerApi } from './support/crash/tracker-api';

/**
 * The crash harness (support/crash/) on a short run. CRASH_CYCLES, CRASH_SEED (to replay a run) and
 * CRASH_DATABASE_URL change the run; bench/crash.mjs runs it long.
 */
const cycles = Number(process.env.CRASH_CYCLES || 20);
const seed = Number(process.env.CRASH_SEED || Math.floor(Math.random() * 2 ** 31));
const print = (line: string): void => void process.stdout.write(`${line}\n`);

describe('crash safety (built dist/main.js, killed with SIGKILL)', () => {
  let folder: string;
  let databaseUrl: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-crash-'));
    databaseUrl = process.env.CRASH_DATABASE_URL || join(folder, 'tracker.sqlite');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    `loses no acknowledged write across ${cycles} SIGKILLs while writes are in flight`,
    async () => {
      const report = await runCrashHarness({ databaseUrl, cycles, seed, log: print });
      describeCrashReport(report).forEach(print);
      expect(report.lost).toEqual([]);
      expect(report.integrity).toEqual([]);
      expect(report.foreignKeyViolations).toEqual([]);
      expect(report.refused).toEqual([]);
      expect(report.checks).toBe(cycles + 1);
      for (const kind of ['statusUpdate', 'comment', 'edit'] as const) {
        expect(report.acknowledged[kind]).toBeGreaterThan(0);
      }
    },
    (cycles + 5) * 60_000,
  );

  it('names as lost a write that was acknowledged but is not there', async () => {
    const server = await startServer({ DATABASE_URL: databaseUrl });
    try {
      const api = trackerApi(server.url);
      const { data } = await api.request<{ plan: { commitment: { id: string; version: number } } }>(
        '{ plan(slug: "islamophobia-action-plan") { commitment(reference: "C1") { id version } } }',
      );
      const { id, version } = data!.plan.commitment;
      const lost = await missingWrites(api, {
        id,
        reference: 'C1',
        version,
        statusUpdates: [{ id: 'never-written', narrative: 'never written', evidence: 0 }],
        comments: [{ id: 'never-written', body: 'never written' }],
        edits: [{ version: version + 1, title: 'never written' }],
      });
      expect(lost).toEqual([
        'status update never-written on C1',
        'comment never-written on C1',
        `edit to version ${version + 1} of C1`,
      ]);
    } finally {
      await server.stop();
    }
  });
});
