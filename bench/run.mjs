// Benchmarks that print figures (never asserted in tests): start-up time, `seed --scale N` time,
// the latency of the dashboard query on the synthetic plan, and the open-data downloads; then the
// speed targets of the public pages (bench/speed.mjs) and the live pages' latency from a write to its
// event (bench/live.mjs). Usage: npm run bench -- [N] [SECONDS]
// Needs a built api and web app (npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dist, median, productionEnvironment, root, seconds, startServer as startBuiltServer } from './server.mjs';

const scale = Number(process.argv[2] ?? 1);
const folder = mkdtempSync(join(tmpdir(), 'tracker-bench-'));
const env = productionEnvironment(join(folder, 'tracker.sqlite'));
const startServer = () => startBuiltServer(env);

const DASHBOARD = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'dashboard.graphql'), 'utf8');

async function query(url, slug) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DASHBOARD, variables: { slug } }),
  });
  const body = await response.text();
  if (!response.ok || body.includes('"errors"')) throw new Error(body.slice(0, 500));
  return { ms: performance.now() - started, bytes: body.length };
}

/** 15 aliases of a page of 100 commitments, each asking `perCommitment`: queries a stranger could send. */
const PROBES = {
  'plan-wide figures under 15 pages of commitments':
    'plan { progress { date } summary { commitmentsTotal } themes { key } owners { key } }',
  'history and comments of 15 pages of commitments':
    'title milestones { id title } history(first: 100) { edges { cursor } } comments(first: 100) { edges { node { id body } } }',
};
const aliasedPages = (slug, perCommitment) =>
  `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: plan(slug: "${slug}") { commitments(first: 100) { edges { node { id ${perCommitment} } } } }`).join(' ')} }`;

/** A probe's answer and time, and how long /healthz waited while it ran. */
async function probe(url, query) {
  const started = performance.now();
  const answer = fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  }).then(async (response) => ({
    status: response.status,
    body: await response.text(),
    ms: performance.now() - started,
  }));
  const health = performance.now();
  await fetch(`${url}/healthz`);
  const healthMs = performance.now() - health;
  const { status, body, ms } = await answer;
  const cost = /"cost":(\d+)/.exec(body)?.[1];
  const code = /"code":"(\w+)"/.exec(body)?.[1] ?? 'ok';
  return `HTTP ${status} ${code}${cost ? ` (cost ${Number(cost).toLocaleString('en-GB')})` : ''}, ${(body.length / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms; /healthz meanwhile ${healthMs.toFixed(0)} ms`;
}

/** The open-data downloads of a plan: median time over 5 runs and size of each. */
async function openData(url, slug) {
  const { data } = await (
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ plan(slug: "${slug}") { organisation { slug } } }` }),
    })
  ).json();
  const lines = [];
  for (const format of ['json', 'zip']) {
    const runs = [];
    let bytes = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(`${url}/data/${data.plan.organisation.slug}/${slug}.${format}`);
      if (!response.ok) throw new Error(`${format}: HTTP ${response.status}`);
      bytes = (await response.arrayBuffer()).byteLength;
      runs.push(performance.now() - started);
    }
    lines.push(
      `${format} ${(bytes / 1024).toFixed(0)} KiB, median ${median(runs).toFixed(0)} ms (first ${runs[0].toFixed(0)} ms)`,
    );
  }
  return lines.join('; ');
}

async function passwordHash() {
  const require = createRequire(import.meta.url);
  const argon2 = require(join(root, 'node_modules', 'argon2'));
  const { ARGON2_OPTIONS } = require(join(dist, 'auth', 'passwords.service.js'));
  const times = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await argon2.hash(`benchmark password ${i}`, ARGON2_OPTIONS);
    times.push(performance.now() - started);
  }
  console.log(
    `argon2id hash (${ARGON2_OPTIONS.memoryCost} KiB, t=${ARGON2_OPTIONS.timeCost}, p=${ARGON2_OPTIONS.parallelism}): median ${median(times).toFixed(0)} ms over ${times.length}`,
  );
}

try {
  await passwordHash();
  const cold = await startServer();
  console.log(`start on an empty database (migrate + seed demo + listen): ${seconds(cold.ms)}`);
  cold.child.kill('SIGTERM');
  await new Promise((resolve) => cold.child.on('exit', resolve));

  let started = performance.now();
  execFileSync(process.execPath, [join(dist, 'cli', 'tracker.js'), 'seed', '--scale', String(scale)], {
    env,
    stdio: 'inherit',
  });
  console.log(`tracker seed --scale ${scale} (process included): ${seconds(performance.now() - started)}`);

  const warm = await startServer();
  console.log(`start on the seeded database: ${seconds(warm.ms)}`);
  for (const slug of ['islamophobia-action-plan', `synthetic-plan-${scale}`]) {
    const runs = [];
    for (let i = 0; i < 7; i++) runs.push(await query(warm.url, slug));
    console.log(
      `dashboard query on ${slug}: median ${median(runs.map((r) => r.ms)).toFixed(0)} ms over ${runs.length} runs (first ${runs[0].ms.toFixed(0)} ms), ${(runs[0].bytes / 1024).toFixed(0)} KiB`,
    );
  }
  for (const slug of ['islamophobia-action-plan', `synthetic-plan-${scale}`]) {
    console.log(`open-data downloads of ${slug}: ${await openData(warm.url, slug)}`);
  }
  const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${warm.child.pid}/status`, 'utf8'));
  if (peak) console.log(`server peak resident memory so far: ${(Number(peak[1]) / 1024).toFixed(0)} MiB`);
  for (const [name, perCommitment] of Object.entries(PROBES)) {
    console.log(`probe, ${name}: ${await probe(warm.url, aliasedPages(`synthetic-plan-${scale}`, perCommitment))}`);
  }
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${warm.child.pid}/status`, 'utf8'));
  if (rss) console.log(`server resident memory after the queries: ${(Number(rss[1]) / 1024).toFixed(0)} MiB`);
  warm.child.kill('SIGTERM');
  await new Promise((resolve) => warm.child.on('exit', resolve));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

console.log('\nThe speed targets (bench/speed.mjs):');
const speed = spawnSync(process.execPath, [join(root, 'bench', 'speed.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
console.log('\nLive pages (bench/live.mjs):');
const live = spawnSync(process.execPath, [join(root, 'bench', 'live.mjs')], { stdio: 'inherit' });
process.exitCode = (speed.status ?? 1) || (live.status ?? 1);
