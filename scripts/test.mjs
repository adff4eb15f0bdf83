// `npm test`: the preflight (scripts/preflight.mjs), then two phases, each of lanes that run side
// by side on the machine's two cores, a lane's steps one after another:
//   1. typecheck + build (rules, api, web: the one build every later step uses), format | lint
//   2. rules, api unit, api integration (SQLite) | bundle budget, e2e | web, api integration (PostgreSQL)
// Phase 2 has three lanes on two cores because none of its long steps keeps a core busy (they wait on
// browsers, servers, databases and child processes). From each step's time and CPU use measured on two
// cores, this order ends first: it starts the two integration suites and the e2e run at once.
// Each step writes to test-results/logs/<step>.log, printed when the step ends (whole if it failed;
// a passed e2e run without its server's request lines). The first failure stops the steps still
// running (their whole process trees) and ends the run non-zero.
// `npm test -- --serial` runs the same steps one after another, printing as they go.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preflight } from './preflight.mjs';

preflight();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const npmRun = (workspace, script) => ['npm', 'run', '-w', workspace, script];

const phases = [
  [
    [
      ['typecheck + build', ['npx', 'nx', 'run-many', '-t', 'typecheck', 'build', '--output-style=stream']],
      ['format', ['npx', 'prettier', '--check', '.']],
    ],
    [['lint', ['npx', 'eslint', '.', '--max-warnings=0']]],
  ],
  [
    [
      ['rules', npmRun('libs/rules', 'test')],
      ['api unit', npmRun('api', 'test')],
      // Some of its specs run the built api/dist as processes.
      ['api integration', npmRun('api', 'integration')],
    ],
    [
      // The JavaScript of a first visit to a plan dashboard stays within 150 KB gzip (docs/adr/0002).
      ['bundle budget', ['node', 'bench/bundle-size.mjs']],
      ['e2e', npmRun('e2e', 'e2e')],
    ],
    [
      ['web', npmRun('web', 'test')],
      // The same suite on a throwaway PostgreSQL cluster (or TEST_DATABASE_URL's server).
      ['api integration (PostgreSQL)', npmRun('api', 'integration:postgres')],
    ],
  ],
];

const serial = process.argv.includes('--serial');
const logs = join(root, 'test-results', 'logs');
const results = [];
const running = new Set();
const seconds = (since) => Math.round((Date.now() - since) / 1000);

/** Runs one step in a process group of its own; resolves to its result. */
function run([name, [command, ...args]]) {
  const log = join(logs, `${name.replace(/\W+/g, '-').replace(/-$/, '')}.log`);
  const header = `\n=== ${name}: ${[command, ...args].join(' ')}`;
  if (serial) console.log(header);
  const output = serial ? 'inherit' : openSync(log, 'w');
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', output, output], detached: !serial });
  if (!serial) closeSync(output);
  const step = { name, started: Date.now(), child, stopped: false };
  running.add(step);
  return new Promise((resolve) => {
    const end = (code) => {
      running.delete(step);
      const result = {
        name,
        result: step.stopped ? 'stopped' : code === 0 ? 'passed' : 'failed',
        seconds: seconds(step.started),
      };
      if (step.stopped) console.log(`\n=== ${name} stopped after ${result.seconds} s${serial ? '' : ` (log: ${log})`}`);
      else {
        if (!serial) process.stdout.write(`${header}\n${printed(readFileSync(log, 'utf8'), code === 0, log)}`);
        console.log(`=== ${name} ${result.result} in ${result.seconds} s${code ? ` (exit ${code})` : ''}`);
      }
      results.push(result);
      resolve(result);
    };
    child.on('error', (error) => console.error(`=== ${name}: ${error.message}`));
    child.on('close', (code, signal) => end(code ?? signal));
  });
}

/** A log as printed: whole, but for a passed step without the e2e server's request lines, which stay in the file. */
function printed(text, passed, log) {
  if (!passed) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line) => !line.startsWith('[WebServer] '));
  const left = lines.length - kept.length;
  return left === 0 ? text : `${kept.join('\n')}(${left} lines of the e2e server's log left out; all in ${log})\n`;
}

/** The step's process and all its descendants, with their process groups (Chromium and servers start their own). */
function processTree(pid) {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const pids = new Set([pid]);
  for (let size = 0; size < pids.size;) {
    size = pids.size;
    for (const [child, parent] of rows) if (pids.has(parent)) pids.add(child);
  }
  const own = rows.find(([p]) => p === process.pid)?.[2];
  const groups = rows.filter(([p, , group]) => pids.has(p) && group !== own).map(([, , group]) => -group);
  return [...new Set([...groups, ...pids])];
}

function signal(targets, name) {
  for (const target of targets)
    try {
      process.kill(target, name);
    } catch {
      // Already gone.
    }
}

/** Stops every running step: SIGTERM to each process and group, SIGKILL to what is left after 5 s. */
async function stopAll() {
  const targets = [...running].flatMap((step) => {
    step.stopped = true;
    return processTree(step.child.pid);
  });
  signal(targets, 'SIGTERM');
  const alive = () =>
    targets
      .filter((target) => target > 0)
      .some((pid) => {
        try {
          return process.kill(pid, 0);
        } catch {
          return false;
        }
      });
  for (const until = Date.now() + 5000; alive() && Date.now() < until;) await new Promise((r) => setTimeout(r, 100));
  signal(targets, 'SIGKILL');
}

let failed = false;
async function lane(steps) {
  for (const step of steps) {
    if (failed) return;
    const { result } = await run(step);
    if (result === 'failed' && !failed) {
      failed = true;
      await stopAll();
    }
  }
}

for (const stop of ['SIGINT', 'SIGTERM'])
  process.on(stop, () => {
    failed = true;
    void stopAll().then(() => process.exit(130));
  });

const started = Date.now();
rmSync(logs, { recursive: true, force: true });
mkdirSync(logs, { recursive: true });
const ticker = setInterval(() => {
  const names = [...running].map((step) => `${step.name} (${seconds(step.started)} s)`);
  if (names.length > 0) console.log(`... still running: ${names.join(', ')}`);
}, 60_000);

for (const phase of serial ? [[phases.flat(2)]] : phases) {
  await Promise.all(phase.map(lane));
  if (failed) break;
}
clearInterval(ticker);

console.log('\n=== Summary');
const steps = phases.flat(2);
const width = Math.max(...steps.map(([name]) => name.length));
for (const [name] of steps) {
  const result = results.find((r) => r.name === name) ?? { result: 'not run', seconds: 0 };
  console.log(`${name.padEnd(width)} ${result.result.padEnd(8)} ${String(result.seconds).padStart(5)} s`);
}
console.log(`${'total (wall time)'.padEnd(width + 9)} ${String(seconds(started)).padStart(5)} s`);
process.exit(failed ? 1 : 0);
