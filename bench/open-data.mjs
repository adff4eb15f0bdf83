// Open data at scale (figures, never asserted in tests): the downloads of the synthetic plan of
// `tracker seed --scale N` (about 500·N commitments), then each file imported into an empty
// installation with `tracker import` — a dry run, the import, and the same file again — with each
// process's time and peak resident memory. `tracker org:list` on the same database is the
// baseline: what starting a CLI process costs before any import work.
// Usage: npm run bench:open-data -- [N]. Needs a built api (npm run build).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, median, seconds, startServer, stopServer } from './server.mjs';

const scale = Number(process.argv[2] ?? 1);
const folder = mkdtempSync(join(tmpdir(), 'tracker-bench-open-data-'));
const organisation = `synthetic-${scale}`;
const plan = `synthetic-plan-${scale}`;
const tracker = join(dist, 'cli', 'tracker.js');
const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
const environment = (database, demo) => ({
  ...process.env,
  DATABASE_URL: join(folder, database),
  NODE_ENV: 'production',
  DEMO_DATA: demo,
  PORT: '0',
});

/** Peak resident memory (VmHWM) of a running process, in kB, or 0 once it has gone. */
function peakOf(pid) {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs `tracker …` to its end: time, peak memory (sampled every 20 ms) and exit code. */
function timed(args, env, input = '') {
  const started = performance.now();
  const child = spawn(process.execPath, [tracker, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(input);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, peakOf(child.pid))), 20);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, peak, code, output });
    });
  });
}

async function download(url, format) {
  const runs = [];
  let body;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/data/${organisation}/${plan}.${format}`);
    if (!response.ok) throw new Error(`${format}: HTTP ${response.status}`);
    body = Buffer.from(await response.arrayBuffer());
    runs.push(performance.now() - started);
  }
  console.log(
    `GET ${plan}.${format}: ${(body.length / 1024).toFixed(0)} KiB, median ${median(runs).toFixed(0)} ms over 5`,
  );
  const file = join(folder, `${plan}.${format}`);
  writeFileSync(file, body);
  return file;
}

try {
  const source = environment('source.sqlite', 'on');
  execFileSync(process.execPath, [tracker, 'seed', '--scale', String(scale)], { env: source, stdio: 'ignore' });
  const server = await startServer(source);
  const files = [await download(server.url, 'zip'), await download(server.url, 'json')];
  console.log(`server peak resident memory after the downloads: ${mib(peakOf(server.child.pid))}`);
  await stopServer(server);

  for (const file of files) {
    const target = environment(`target-${file.endsWith('.zip') ? 'zip' : 'json'}.sqlite`, 'off');
    execFileSync(process.execPath, [tracker, 'org:create', '--slug', organisation, '--name', 'Synthetic network'], {
      env: target,
      stdio: 'ignore',
    });
    const account = ['user:create', '--email', 'executive@example.org', '--role', 'EXECUTIVE', '--org', organisation];
    await timed([...account, '--password-stdin'], target, 'a long benchmark passphrase of several words\n');
    const baseline = await timed(['org:list'], target);
    console.log(`\nimport of ${plan}.${file.split('.').pop()} into an empty installation:`);
    console.log(`  baseline, tracker org:list: ${seconds(baseline.ms)}, peak ${mib(baseline.peak)}`);
    for (const [step, extra] of [
      ['dry run', ['--dry-run']],
      ['import', []],
      ['same file again', []],
    ]) {
      const run = await timed(['import', '--org', organisation, file, ...extra], target);
      if (run.code !== 0) throw new Error(`${step} exited ${run.code}:\n${run.output.slice(0, 2000)}`);
      const counts = /\d+ to create, \d+ to update, \d+ unchanged/.exec(run.output)?.[0] ?? '';
      console.log(
        `  ${step}: ${seconds(run.ms)} (${(run.ms / baseline.ms).toFixed(1)}× baseline), peak ${mib(run.peak)}; ${counts}`,
      );
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
