// The speed targets of the public pages (docs/performance.md), printed beside their figures in one
// run on a production server (NODE_ENV=production, DEMO_DATA=on, SQLite) holding the demo and the
// synthetic plan of `tracker seed --scale N` (about 500·N commitments):
// - a bare node:http server answering the dashboard query's bytes with the app's headers: the limit
//   of the machine;
// - the dashboard query (bench/dashboard.graphql) for the demo plan and the synthetic plan, with
//   `GET /` and a hashed asset requested at the same time (warm-up included) by a second
//   autocannon instance;
// - the server's resident memory during and after that load;
// - Lighthouse (mobile, simulated throttling, Debian's Chromium) on the five public pages, the
//   median of three runs each.
// While the loads run, autocannon (in this process) has the first core and the servers the others.
// Missed targets are printed, never fatal; a failure of the benchmark itself exits 1.
// Usage: npm run bench:speed -- [N] [SECONDS] (npm run bench runs it too). Needs a built api and
// web (npm run build).
import autocannon from 'autocannon';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, dist, productionEnvironment, root, startServer, stopServer } from './server.mjs';

const [scaleArgument = '1', secondsArgument = '10'] = process.argv.slice(2);
if (!/^[1-9]\d*$/.test(scaleArgument) || !/^[1-9]\d*$/.test(secondsArgument)) {
  console.error('Usage: npm run bench:speed -- [N, the scale of the synthetic plan] [SECONDS per figure]');
  process.exit(2);
}
const SCALE = Number(scaleArgument);
const SECONDS = Number(secondsArgument);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = 50;
/** The page loads beside the queries: a few browsers' worth, so they measure waiting, not add load. */
const STATIC_CONNECTIONS = 4;
const STATIC_RATE = 20;
/** What Chromium accepts: the server sends the build's Brotli copies. */
const BROWSER_ENCODINGS = 'gzip, deflate, br';
/**
 * The load on a core of its own and the servers on the others (taskset, from util-linux), on a
 * machine of two cores or more: sharing every core, a request also waits for whichever process
 * the kernel runs meanwhile, the load's own included, and the figures measure that. The bare
 * server and the app's server are pinned alike, so their ratio stays like for like.
 */
const CORES = availableParallelism();
/** A list of cores as taskset reads it and as it is printed: "1", or "1-3". */
const cpuList = (first, last) => (first === last ? `${first}` : `${first}-${last}`);
const LOAD_CPUS = cpuList(0, 0);
const SERVER_CPUS = cpuList(1, CORES - 1);
const ALL_CPUS = cpuList(0, CORES - 1);
const LIGHTHOUSE_ATTEMPTS = 3;
/** Runs per page; the one of median performance score is reported (one run varies with the machine's other work). */
const LIGHTHOUSE_RUNS = 3;
const ORGANISATION = 'labour-muslim-network';
const DEMO_PLAN = 'islamophobia-action-plan';
const SYNTHETIC_PLAN = `synthetic-plan-${SCALE}`;
const DASHBOARD = readFileSync(join(root, 'bench', 'dashboard.graphql'), 'utf8');
const web = join(root, 'web', 'dist');

/** The targets of issue 14; `lower` says whether a figure must stay at or below its limit. */
const TARGETS = {
  ratio: { limit: 0.5, lower: false, text: '≥ 0.5×' },
  queryP975: { limit: 100, lower: true, text: '≤ 100 ms' },
  errors: { limit: 0, lower: true, text: '0' },
  staticP975: { limit: 50, lower: true, text: '≤ 50 ms' },
  rssMiB: { limit: 300, lower: true, text: '≤ 300 MiB' },
  performance: { limit: 95, lower: false, text: '≥ 95' },
  lcpMs: { limit: 2000, lower: true, text: '≤ 2.0 s' },
  tbtMs: { limit: 150, lower: true, text: '≤ 150 ms' },
  cls: { limit: 0.05, lower: true, text: '≤ 0.05' },
};
const verdicts = { met: 0, missed: 0 };

/** "met" or "NOT MET" for a figure against its target, counted for the closing line. */
function mark(target, value) {
  const { limit, lower } = TARGETS[target];
  const met = Number.isFinite(value) && (lower ? value <= limit : value >= limit);
  verdicts[met ? 'met' : 'missed']++;
  return met ? 'met' : 'NOT MET';
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const milliseconds = (ms) => (Number.isFinite(ms) ? ms.toFixed(0) : '—');
const mib = (kB) => kB / 1024;

function printTable(header, rows) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (row) =>
    `| ${row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
}

/** VmRSS and VmHWM (peak) of a process, in kB. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function graphql(url, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    // As autocannon asks: the same representation, uncompressed.
    headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
    body: JSON.stringify({ query, variables }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok || body.includes('"errors"'))
    throw new Error(`${query.slice(0, 60)}…: HTTP ${response.status} ${body.toString().slice(0, 500)}`);
  return { body, headers: sentHeaders(response.headers) };
}

/** Headers that node:http writes of itself, or that name one connection: the bare server writes its own. */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** The headers an answer came with, as the bare server is to send them: the same bytes on the wire. */
function sentHeaders(headers) {
  return Object.fromEntries([...headers].filter(([name]) => !OWN_HEADERS.has(name)));
}

/**
 * A bare node:http server in a process of its own, answering every request with the given bytes
 * and headers (the app's answer as it was sent, security headers and request id included): what
 * this machine can serve when answering costs nothing.
 */
function startBareServer(folder, name, { body, headers }) {
  const file = join(folder, `${name}.body`);
  writeFileSync(file, body);
  const program = `
    const body = require('node:fs').readFileSync(${JSON.stringify(file)});
    const server = require('node:http').createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(200, { ...${JSON.stringify(headers)}, 'content-length': body.length }).end(body));
    });
    server.listen(0, '127.0.0.1', () => console.log('listening on ' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => {
      const port = /listening on (\d+)/.exec(String(chunk))?.[1];
      if (port) resolve({ child, url: `http://127.0.0.1:${port}` });
      else reject(new Error(`the bare server said: ${chunk}`));
    });
    child.on('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
}

/** Sets the cores a process and all its threads (those it starts later too) may run on; false if it cannot. */
function pin(pid, cpus) {
  if (CORES < 2) return false;
  try {
    execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', cpus, String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function autocannonRun(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** An autocannon run's figures: good answers per second, p97.5, and what failed or timed out. */
function figures(result) {
  const failed = result.errors - result.timeouts + result.non2xx + result.mismatches;
  const answered = result['2xx'] - result.mismatches;
  return {
    perSecond: answered / result.duration,
    // Without a good answer there is no latency to speak of, and no target met.
    p975: answered > 0 ? result.latency.p97_5 : NaN,
    failed,
    timeouts: result.timeouts,
  };
}

/** Waits until the server answers /healthz at once: the queue of a previous load has drained. */
async function settle(url) {
  for (let i = 0; i < 120; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/healthz`).catch(() => null);
    if (response?.ok && performance.now() - started < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server is still busy a minute after the load');
}

/**
 * The dashboard query at 50 connections after a warm-up; with `server`, the pages are asked for
 * alongside, warmed up with the query as it is: every figure is of a server that has answered
 * what it is asked before.
 */
async function loadQuery(url, slug, server) {
  const options = {
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: DASHBOARD, variables: { slug } }),
    verifyBody: (answer) => !answer.includes('"errors"'),
  };
  const pages = (duration) =>
    server
      ? [`${url}/`, `${url}${server.asset}`].map((address) =>
          autocannonRun({
            url: address,
            // A reader of its own: a thread whose event loop does not wait behind the query load's.
            workers: 1,
            connections: STATIC_CONNECTIONS,
            overallRate: STATIC_RATE,
            headers: { 'accept-encoding': BROWSER_ENCODINGS },
            duration,
          }),
        )
      : [];
  await Promise.all([autocannonRun({ ...options, duration: WARM_UP_SECONDS }), ...pages(WARM_UP_SECONDS)]);
  if (server) await settle(url);
  const [query, ...loads] = await Promise.all([autocannonRun({ ...options, duration: SECONDS }), ...pages(SECONDS)]);
  return { query: figures(query), pages: loads.map(figures) };
}

/** The first hashed script the home page names: the entry chunk every page loads. */
function hashedAsset() {
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error('web/dist/index.html names no script under /assets/');
  return script;
}

/** Gzip size (level 9) of a built file by its URL path, or NaN for what is not a file of web/dist. */
function gzipOf(path) {
  const file = join(web, decodeURIComponent(path));
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : NaN;
}

/** Lighthouse's performance figures for one page, and the JavaScript and CSS it downloaded. */
async function audit(port, url) {
  let lhr;
  // Lighthouse sometimes loses the trace of a load on a busy machine (NO_NAVSTART) and asks to be run again.
  for (let attempt = 1; !lhr || lhr.runtimeError; attempt++) {
    if (lhr && attempt > LIGHTHOUSE_ATTEMPTS)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    ({ lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }));
  }
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytes = (type) => {
    const items = requests.filter((item) => item.resourceType === type);
    const path = (item) => new URL(item.url).pathname;
    return {
      transfer: items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
      gzip: items.reduce((sum, item) => sum + gzipOf(path(item)), 0),
      files: items.length,
    };
  };
  return {
    performance: Math.round((lhr.categories.performance.score ?? NaN) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    js: bytes('Script'),
    css: bytes('Stylesheet'),
    warnings: lhr.runWarnings ?? [],
  };
}

/** The five public pages of the demo plan. */
async function publicPages(url) {
  const { body } = await graphql(
    url,
    'query ($slug: String!) { plan(slug: $slug) { reports { slug } commitments(first: 1) { edges { node { reference } } } } }',
    { slug: DEMO_PLAN },
  );
  const { plan } = JSON.parse(body).data;
  const plan0 = `/${ORGANISATION}/${DEMO_PLAN}`;
  return [
    ['home', '/'],
    ['plan', plan0],
    ['commitments', `${plan0}/commitments`],
    ['commitment', `${plan0}/commitments/${plan.commitments.edges[0].node.reference}`],
    ['report', `/${ORGANISATION}/reports/${plan.reports[0].slug}`],
  ];
}

if (!existsSync(join(dist, 'main.js')) || !existsSync(join(web, 'index.html'))) {
  console.error('Build the api and the web app first: npm run build');
  process.exit(2);
}
const folder = mkdtempSync(join(tmpdir(), 'tracker-bench-speed-'));
const env = productionEnvironment(join(folder, 'tracker.sqlite'));
const started = performance.now();
const children = [];
let sampler;
try {
  const tracker = join(dist, 'cli', 'tracker.js');
  execFileSync(process.execPath, [tracker, 'seed'], { env, stdio: 'ignore' });
  execFileSync(process.execPath, [tracker, 'seed', '--scale', String(SCALE)], { env, stdio: 'ignore' });
  const server = { ...(await startServer(env)), asset: hashedAsset() };
  children.push(server);
  const pinned = pin(server.child.pid, SERVER_CPUS) && pin(process.pid, LOAD_CPUS);
  if (!pinned) pin(server.child.pid, ALL_CPUS);
  console.log(
    `${CORES} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg()[0].toFixed(2)} at the start.`,
  );
  console.log(
    `Each figure: autocannon, ${CONNECTIONS} connections for ${SECONDS} s after ${WARM_UP_SECONDS} s of warm-up. ` +
      `Alongside each query and its warm-up, GET / and GET ${server.asset} at ${STATIC_RATE} requests/s each. ` +
      "The bare server sends the app's answer with the headers it came with. " +
      (pinned
        ? `autocannon runs on CPU ${LOAD_CPUS}, the servers on CPU ${SERVER_CPUS}; after the loads, Chromium and the server on any.\n`
        : 'autocannon, the servers and Chromium share every core (taskset could not pin them).\n'),
  );

  const rows = [];
  const pageRows = [];
  // From the first load until the server has answered the last request queued by the loads.
  let highestRss = 0;
  sampler = setInterval(() => {
    if (server.child.exitCode === null) highestRss = Math.max(highestRss, memoryOf(server.child.pid).rss);
  }, 250);
  for (const [name, slug] of [
    ['demo plan', DEMO_PLAN],
    [`${SCALE * 500}-commitment plan`, SYNTHETIC_PLAN],
  ]) {
    const answer = await graphql(server.url, DASHBOARD, { slug });
    const bare = await startBareServer(folder, slug, answer);
    children.push(bare);
    if (pinned) pin(bare.child.pid, SERVER_CPUS);
    const limit = await loadQuery(bare.url, slug);
    await stopServer(bare);
    const { query, pages } = await loadQuery(server.url, slug, server);
    await settle(server.url);
    const size = kb(answer.body.length);
    const ratio = query.perSecond / limit.query.perSecond;
    rows.push(
      [
        `bare node:http, ${size} (${name})`,
        limit.query.perSecond.toFixed(0),
        milliseconds(limit.query.p975),
        `${limit.query.failed}/${limit.query.timeouts}`,
        '1×',
        '',
        '',
      ],
      [
        `dashboard query, ${name}`,
        query.perSecond.toFixed(1),
        milliseconds(query.p975),
        `${query.failed}/${query.timeouts}`,
        `${ratio.toFixed(3)}×`,
        `${TARGETS.ratio.text}, ${TARGETS.queryP975.text}, 0 errors`,
        [mark('ratio', ratio), mark('queryP975', query.p975), mark('errors', query.failed + query.timeouts)].join(', '),
      ],
    );
    for (const [index, page] of pages.entries()) {
      pageRows.push([
        `GET ${index === 0 ? '/' : 'a hashed asset'} during the ${name}'s queries`,
        page.perSecond.toFixed(1),
        milliseconds(page.p975),
        `${page.failed}/${page.timeouts}`,
        '',
        `${TARGETS.staticP975.text}, 0 errors`,
        [mark('staticP975', page.p975), mark('errors', page.failed + page.timeouts)].join(', '),
      ]);
    }
  }
  clearInterval(sampler);
  const header = ['', 'requests/s', 'p97.5 ms', 'failed/timed out', 'vs limit', 'target', ''];
  printTable(header, [...rows, ...pageRows]);

  const after = memoryOf(server.child.pid);
  console.log(
    `\nServer memory: highest VmRSS sampled during the loads ${mib(highestRss).toFixed(0)} MiB, ` +
      `VmRSS after them ${mib(after.rss).toFixed(0)} MiB, VmHWM (peak) ${mib(after.peak).toFixed(0)} MiB; ` +
      `target ${TARGETS.rssMiB.text} for the peak: ${mark('rssMiB', mib(after.peak))}.`,
  );

  console.log(
    `\nLighthouse 12 (mobile form factor, default simulated throttling) on the public pages of the demo plan, ` +
      `the run of median performance of ${LIGHTHOUSE_RUNS} per page; ` +
      `load average ${loadavg()[0].toFixed(2)} (its CPU figures, TBT first, grow with the machine's other work):`,
  );
  // Chromium inherits this process's cores: all of them again, and the server's too.
  if (pinned) {
    pin(process.pid, ALL_CPUS);
    pin(server.child.pid, ALL_CPUS);
  }
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM.executablePath, chromeFlags: CHROMIUM.args });
  const audits = [];
  try {
    for (const [name, path] of await publicPages(server.url)) {
      const runs = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await audit(chrome.port, server.url + path));
      runs.sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
      audits.push({ name, path, ...runs[Math.floor(runs.length / 2)] });
    }
  } finally {
    chrome.kill();
  }
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  printTable(
    ['page', 'performance', 'FCP', 'LCP', 'TBT', 'CLS', 'JS transfer (gzip -9)', 'CSS transfer (gzip -9)', 'targets'],
    audits.map((page) => {
      const marks = [
        mark('performance', page.performance),
        mark('lcpMs', page.lcp),
        mark('tbtMs', page.tbt),
        mark('cls', page.cls),
      ];
      const missed = ['performance', 'LCP', 'TBT', 'CLS'].filter((_, i) => marks[i] !== 'met');
      return [
        `${page.name} (${page.path})`,
        page.performance,
        seconds(page.fcp),
        seconds(page.lcp),
        `${page.tbt.toFixed(0)} ms`,
        page.cls.toFixed(3),
        `${kb(page.js.transfer)} (${kb(page.js.gzip)}) in ${page.js.files}`,
        `${kb(page.css.transfer)} (${kb(page.css.gzip)}) in ${page.css.files}`,
        missed.length ? `NOT MET: ${missed.join(', ')}` : 'all met',
      ];
    }),
  );
  console.log(
    `Targets: performance ${TARGETS.performance.text}, LCP ${TARGETS.lcpMs.text}, TBT ${TARGETS.tbtMs.text}, CLS ${TARGETS.cls.text}; ` +
      'first-visit JavaScript and CSS as transferred (compressed when the server compresses) and gzipped at level 9.',
  );
  for (const page of audits) {
    for (const warning of page.warnings) console.log(`Lighthouse warned on ${page.name}: ${warning}`);
  }
  await stopServer(server);
  console.log(
    `\n${verdicts.met} targets met, ${verdicts.missed} not met; the benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
} finally {
  clearInterval(sampler);
  for (const child of children) await stopServer(child);
  rmSync(folder, { recursive: true, force: true });
}
