import { randomBytes } from 'node:crypto';
import * as fc from 'fast-check';
import { runNode } from '../process';
import { databaseChecks, DatabaseChecks } from './database-checks';
import { missingWrites } from './read-back';
import { startServer, ServerProcess } from './server-process';
import { signInOver, trackerApi, TrackerApi, Unanswered } from './tracker-api';
import { CommitmentWrites, createCommitment, Status, write, WriteKind } from './writes';

export interface CrashHarnessOptions {
  /** The database the server runs on, as the server's DATABASE_URL. */
  databaseUrl: string;
  cycles: number;
  /** Decides every choice of the run (when to kill, what to write); the same seed makes the same choices. */
  seed: number;
  /** More environment for the server, such as its limits. */
  serverEnv?: Record<string, string>;
  log?: (line: string) => void;
}

export interface CrashReport {
  database: string;
  seed: number;
  cycles: number;
  acknowledged: Record<'commitment' | WriteKind, number>;
  /** Writes the server answered with an error code: not acknowledged, and not expected. */
  refused: string[];
  /** Acknowledged writes that were not there after a restart. */
  lost: string[];
  /** What the database's integrity check said other than ok, with when. */
  integrity: string[];
  foreignKeyViolations: string[];
  /** How many times the database was checked: after every start that followed a SIGKILL. */
  checks: number;
  /** Start-up times after each SIGKILL. */
  restartMs: number[];
}

const DEMO = { organisation: 'labour-muslim-network', plan: 'islamophobia-action-plan' };
/** Writers run side by side, so several writes are in flight when the server is killed. */
const WRITERS: WriteKind[] = ['statusUpdate', 'statusUpdate', 'comment', 'comment', 'edit'];

/** What the seed decides for each cycle. */
const CYCLE = fc.record({
  /** Acknowledged writes in the cycle before the SIGKILL is sent. */
  killAfter: fc.integer({ min: 1, max: 24 }),
  /** A further wait before it is sent, so the kill lands at any stage of the writes in flight. */
  killDelayMs: fc.integer({ min: 0, max: 20 }),
  statuses: fc.array(fc.constantFrom<Status>('NOT_STARTED', 'LIMITED', 'SUBSTANTIAL'), { minLength: 1, maxLength: 6 }),
});
type CyclePlan = typeof CYCLE extends fc.Arbitrary<infer T> ? T : never;

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Adds an executive of the demo organisation to sign in as, with the CLI, beside the running
 * server (which loaded the demo at its first start on an empty database).
 */
async function createExecutive(env: Record<string, string>): Promise<{ tag: string; email: string; password: string }> {
  const tag = randomBytes(3).toString('hex');
  const email = `crash.${tag}@example.org`;
  const password = randomBytes(18).toString('base64url');
  const args = ['user:create', '--email', email, '--role', 'EXECUTIVE', '--org', DEMO.organisation, '--password-stdin'];
  const created = await runNode('cli/tracker.js', env, args, { input: `${password}\n` }).exited;
  if (created.code !== 0) throw new Error(`tracker user:create failed:\n${created.output}`);
  return { tag, email, password };
}

async function planId(api: TrackerApi): Promise<string> {
  const { data, errors } = await api.request<{ plan: { id: string } | null }>(`{ plan(slug: "${DEMO.plan}") { id } }`);
  if (!data?.plan) throw new Error(`no plan ${DEMO.plan}: ${JSON.stringify(errors)}`);
  return data.plan.id;
}

/**
 * Writes on the cycle's commitment from every writer at once, and SIGKILLs the server once the
 * plan's number of writes has been acknowledged (or a write was refused). Each writer goes on
 * until its request gets no answer.
 */
async function writeUntilKilled(
  server: ServerProcess,
  api: TrackerApi,
  target: CommitmentWrites,
  plan: CyclePlan,
  report: CrashReport,
): Promise<void> {
  let acknowledged = 0;
  let killed: Promise<unknown> | undefined;
  const kill = (): Promise<unknown> => (killed ??= delay(plan.killDelayMs).then(() => server.kill()));
  const writer = async (kind: WriteKind, w: number): Promise<void> => {
    for (let n = 0; ; n++) {
      const status = plan.statuses[n % plan.statuses.length];
      try {
        const outcome = await write(api, target, kind, `${w}.${n}`, status);
        if (outcome.kind === 'refused') {
          report.refused.push(`${kind} on ${target.reference}: ${outcome.code}`);
          void kill();
          return;
        }
      } catch (error) {
        if (error instanceof Unanswered) return;
        throw error;
      }
      report.acknowledged[kind]++;
      if (++acknowledged === plan.killAfter) void kill();
    }
  };
  await Promise.all(WRITERS.map(writer));
  await kill();
}

/** After a start: the last cycle's writes are all there, and the database is sound. */
async function check(
  api: TrackerApi,
  checks: DatabaseChecks,
  written: CommitmentWrites[],
  report: CrashReport,
  when: string,
): Promise<void> {
  for (const target of written) report.lost.push(...(await missingWrites(api, target)));
  const health = await checks.check();
  report.checks++;
  report.integrity.push(...health.integrity.filter((line) => line !== 'ok').map((line) => `${when}: ${line}`));
  report.foreignKeyViolations.push(...health.foreignKeyViolations.map((line) => `${when}: ${line}`));
}

/**
 * The crash harness: starts the built server on the database, then, cycle after cycle, writes
 * as a signed-in executive (status updates, comments, edits), SIGKILLs the server while writes
 * are in flight, starts it again on the same database and checks that every write it had
 * acknowledged is there and that the database is sound. At the end every acknowledged write
 * of the run is read back once more.
 */
export async function runCrashHarness(options: CrashHarnessOptions): Promise<CrashReport> {
  const checks = databaseChecks(options.databaseUrl);
  const log = options.log ?? (() => undefined);
  const report: CrashReport = {
    database: checks.name,
    seed: options.seed,
    cycles: options.cycles,
    acknowledged: { commitment: 0, statusUpdate: 0, comment: 0, edit: 0 },
    refused: [],
    lost: [],
    integrity: [],
    foreignKeyViolations: [],
    checks: 0,
    restartMs: [],
  };
  log(`Crash harness on the ${checks.name}: seed ${options.seed}, ${options.cycles} cycles.`);
  const plans = fc.sample(CYCLE, { seed: options.seed, numRuns: options.cycles });
  const env = { DATABASE_URL: options.databaseUrl, ...options.serverEnv };
  let server = await startServer(env);
  try {
    const account = await createExecutive(env);
    const cookie = await signInOver(server.url, account.email, account.password);
    let api = trackerApi(server.url, cookie);
    const plan = await planId(api);
    const written: CommitmentWrites[] = [];
    for (const [cycle, cyclePlan] of plans.entries()) {
      const target = await createCommitment(api, plan, `K${account.tag}-${cycle + 1}`);
      report.acknowledged.commitment++;
      written.push(target);
      await writeUntilKilled(server, api, target, cyclePlan, report);
      server = await startServer(env);
      report.restartMs.push(server.startMs);
      api = trackerApi(server.url, cookie);
      await check(api, checks, [target], report, `after cycle ${cycle + 1}`);
      if ((cycle + 1) % 100 === 0) log(`  ${cycle + 1} cycles, ${report.lost.length} writes lost so far`);
    }
    await check(api, checks, written, report, 'at the end, every write of the run');
    const stopped = await server.stop();
    if (stopped.code !== 0) throw new Error(`The server did not stop cleanly:\n${stopped.output}`);
  } finally {
    void server.kill();
  }
  return report;
}

/** The report as lines, for a person. */
export function describeCrashReport(report: CrashReport): string[] {
  const { commitment, statusUpdate, comment, edit } = report.acknowledged;
  const total = commitment + statusUpdate + comment + edit;
  const mean = report.restartMs.reduce((sum, ms) => sum + ms, 0) / Math.max(1, report.restartMs.length);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    `Crash harness on the ${report.database}: seed ${report.seed}, ${report.cycles} SIGKILLs and restarts.`,
    `  acknowledged writes: ${total} (${commitment} commitments created, ${statusUpdate} status updates, ${comment} comments, ${edit} edits)`,
    `  refused by the server: ${report.refused.length}${report.refused.length ? ` (${report.refused.slice(0, 5).join('; ')})` : ''}`,
    `  lost: ${report.lost.length}${report.lost.length ? ` (${report.lost.slice(0, 5).join('; ')})` : ''}`,
    `  integrity_check: ${report.integrity.length ? report.integrity.slice(0, 5).join('; ') : 'ok'} in ${report.checks} checks`,
    `  foreign key violations: ${report.foreignKeyViolations.length}`,
    `  restart after SIGKILL: mean ${seconds(mean)}, slowest ${seconds(Math.max(0, ...report.restartMs))}`,
  ];
}
