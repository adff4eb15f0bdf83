// PostgreSQL and several processes (figures, never asserted in tests): the dashboard query
// (bench/dashboard.graphql, the page's own document) and a status-update write, each under load
// from autocannon, on SQLite with one process, on PostgreSQL with one process, and on PostgreSQL
// with two processes taking the connections in turn, as a round-robin load balancer hands them
// out. Each setup starts from a database of its own holding the demo, and prints its requests per
// second and 95th-percentile latency beside SQLite's.
// Usage: npm run bench:postgres [-- SECONDS]. Needs a built api (npm run build) and Debian's
// postgresql 15 or newer, whose cluster it starts in a temp folder with PostgreSQL's own
// durability settings; or BENCH_DATABASE_URL=postgres://… naming a server whose user may
// CREATE DATABASE (the benchmark's databases are made there and dropped at the end).
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, startServer, stopServer } from './server.mjs';
import {
  asAdmin,
  createDatabase,
  dropDatabase,
  executiveAndCommitment,
  percentile,
  postgresServer,
  seededWithExecutive,
} from './writes.mjs';

const SECONDS = Number(process.argv[2] ?? 10);
const WARM_UP_SECONDS = 2;
const CONNECTIONS = 10;
const PLAN = 'islamophobia-action-plan';
const DASHBOARD = readFileSync(join(root, 'bench', 'dashboard.graphql'), 'utf8');
const POST = 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id sequence } }';

const folder = mkdtempSync(join(tmpdir(), 'tracker-bench-postgres-'));
/** CPU time a process has used so far, in milliseconds (user and system, from /proc, in ticks of 10 ms). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** One autocannon run; with `onTime`, each answer's latency in milliseconds is passed to it. */
function autocannonRun(options, onTime) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onTime) instance.on('response', (_client, _status, _bytes, ms) => onTime(ms));
  });
}

/**
 * The same request from CONNECTIONS connections spread over the servers for SECONDS, after a
 * warm-up: answers per second, their p95 latency, the servers' CPU time per answer, and how many
 * failed (an HTTP error or GraphQL errors).
 */
async function load(servers, body, headers = {}) {
  const options = {
    url: servers.map((server) => `${server.url}/graphql`),
    connections: CONNECTIONS,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    verifyBody: (answer) => !answer.includes('"errors"'),
  };
  await autocannonRun({ ...options, duration: WARM_UP_SECONDS });
  const times = [];
  const serversCpu = () => servers.reduce((sum, server) => sum + cpuMs(server.child.pid), 0);
  const cpuBefore = serversCpu();
  const result = await autocannonRun({ ...options, duration: SECONDS }, (ms) => times.push(ms));
  const answered = result['2xx'] - result.mismatches;
  return {
    perSecond: answered / result.duration,
    p95: percentile(times, 0.95),
    cpuPerAnswer: (serversCpu() - cpuBefore) / answered,
    failed: result.errors + result.non2xx + result.mismatches,
  };
}

/** Seeds the demo into `database`, gives the executive a password, starts `processes` servers and loads them. */
async function measure(name, database, processes) {
  const env = seededWithExecutive(database);
  const servers = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await startServer(env));
    const { url } = servers[0];
    const { cookie, subjectId } = await executiveAndCommitment(url);
    const query = await load(servers, { query: DASHBOARD, variables: { slug: PLAN } });
    const write = await load(
      servers,
      {
        query: POST,
        variables: {
          input: {
            subjectType: 'COMMITMENT',
            subjectId,
            lens: 'ASSESSMENT',
            status: 'LIMITED',
            narrative: 'Benchmark.',
          },
        },
      },
      { cookie },
    );
    console.log(`${name}: measured`);
    return { name, query, write };
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

function printTable(rows) {
  const [sqlite] = rows;
  const ratio = (value, base) => `${(value / base).toFixed(2)}×`;
  const cells = rows.map(({ name, query, write }) => [
    name,
    query.perSecond.toFixed(0),
    ratio(query.perSecond, sqlite.query.perSecond),
    query.p95.toFixed(1),
    ratio(query.p95, sqlite.query.p95),
    write.perSecond.toFixed(0),
    ratio(write.perSecond, sqlite.write.perSecond),
    write.p95.toFixed(1),
    ratio(write.p95, sqlite.write.p95),
  ]);
  const header = [
    'setup',
    'query req/s',
    'vs SQLite',
    'query p95 ms',
    'vs SQLite',
    'write req/s',
    'vs SQLite',
    'write p95 ms',
    'vs SQLite',
  ];
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((row) => row[i].length)));
  const line = (row) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((width, i) => (i === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
  );
  for (const row of cells) console.log(line(row));
  console.log();
  console.log(
    `The servers' CPU time per answer: ${rows.map(({ name, query, write }) => `${name}, query ${query.cpuPerAnswer.toFixed(1)} ms and write ${write.cpuPerAnswer.toFixed(1)} ms`).join('; ')}.`,
  );
  for (const { name, query, write } of rows)
    if (query.failed + write.failed > 0)
      console.log(`${name}: ${query.failed} queries and ${write.failed} writes failed and are not counted.`);
}

const postgres = await postgresServer();
try {
  const [version] = await asAdmin(postgres.url, 'SHOW server_version');
  console.log(
    `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg()[0].toFixed(2)} at the start; ` +
      `PostgreSQL ${version.server_version}${process.env.BENCH_DATABASE_URL ? ' (BENCH_DATABASE_URL)' : ', a cluster of its own with fsync on'}.`,
  );
  console.log(
    `Each figure: ${CONNECTIONS} connections for ${SECONDS} s after ${WARM_UP_SECONDS} s of warm-up; autocannon, the servers and the database share the machine.`,
  );
  const databases = [await createDatabase(postgres.url), await createDatabase(postgres.url)];
  try {
    const rows = [
      await measure('SQLite, one process', join(folder, 'tracker.sqlite'), 1),
      await measure('PostgreSQL, one process', databases[0], 1),
      await measure('PostgreSQL, two processes', databases[1], 2),
    ];
    console.log();
    printTable(rows);
  } finally {
    for (const database of databases) await dropDatabase(postgres.url, database);
  }
} finally {
  await postgres.stop();
  rmSync(folder, { recursive: true, force: true });
}
