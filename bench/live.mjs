// Live pages (figures, never asserted in tests): the time from a write — a status update posted
// over GraphQL — to its PlanChange arriving at a graphql-ws client subscribed to the plan, median
// and 95th percentile over WRITES writes, one at a time. On SQLite with one process; then, when
// Debian's postgresql 15 or newer is there (or BENCH_DATABASE_URL names a server whose user may
// CREATE DATABASE), on PostgreSQL with two processes: written through one, heard on the other,
// through LISTEN/NOTIFY. Beside it, the write's own answer time: the rest is the event's way.
// Usage: npm run bench:live [-- WRITES]. Needs a built api (npm run build).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { startPostgresCluster } from '../scripts/postgres-cluster.cjs';
import { dist, median, startServer, stopServer } from './server.mjs';

const WRITES = Number(process.argv[2] ?? 50);
const PLAN = 'islamophobia-action-plan';
const EXECUTIVE = 'executive@example.org';
const PASSWORD = 'a long benchmark passphrase';
const POST = 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }';
const SUBSCRIBE = 'subscription ($slug: String!) { planChanged(slug: $slug) { sequence kind commitmentId } }';
const UNLIMITED_WRITES = Object.fromEntries(
  ['ACCOUNT', 'ADDRESS'].flatMap((who) => ['MINUTE', 'HOUR'].map((per) => [`WRITES_PER_${who}_PER_${per}`, '1000000'])),
);
const tracker = join(dist, 'cli', 'tracker.js');
const environment = (database) => ({
  ...process.env,
  ...UNLIMITED_WRITES,
  DATABASE_URL: database,
  NODE_ENV: 'production',
  DEMO_DATA: 'on',
  PORT: '0',
});

const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * share) - 1] ?? NaN;

async function gql(url, query, variables, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

/** The milliseconds from each write through `writer` to its event on a subscriber of `listener`. */
async function latencies(writer, listener, cookie, commitmentId) {
  const client = createClient({ url: `${listener.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket });
  const events = client.iterate({ query: SUBSCRIBE, variables: { slug: PLAN } });
  try {
    const first = await events.next();
    if (first.value?.data?.planChanged?.kind !== 'SUBSCRIBED') throw new Error(JSON.stringify(first.value));
    const times = [];
    const answers = [];
    for (let i = 0; i < WRITES; i++) {
      const started = performance.now();
      const heard = events.next();
      await gql(
        writer,
        POST,
        {
          input: {
            subjectType: 'COMMITMENT',
            subjectId: commitmentId,
            lens: 'PARTY_REPORTED',
            status: 'LIMITED',
            narrative: `Benchmark write ${i}.`,
          },
        },
        { cookie },
      );
      answers.push(performance.now() - started);
      const { value } = await heard;
      if (value?.data?.planChanged?.kind !== 'STATUS_UPDATE') throw new Error(JSON.stringify(value));
      times.push(performance.now() - started);
    }
    return { times, answers };
  } finally {
    await events.return?.();
    await client.dispose();
  }
}

/** Seeds the demo, gives the executive a password, starts `processes` servers and measures. */
async function measure(name, database, processes) {
  const env = environment(database);
  execFileSync(process.execPath, [tracker, 'seed'], { env, stdio: 'ignore' });
  execFileSync(process.execPath, [tracker, 'user:password', '--email', EXECUTIVE, '--password-stdin'], {
    env,
    input: PASSWORD,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const servers = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await startServer(env));
    const writer = servers[0].url;
    const listener = servers[servers.length - 1].url;
    const { cookie } = await gql(writer, 'mutation ($input: LoginInput!) { login(input: $input) { id } }', {
      input: { email: EXECUTIVE, password: PASSWORD },
    });
    const { data } = await gql(writer, `{ plan(slug: "${PLAN}") { commitments(first: 1) { edges { node { id } } } } }`);
    const { times, answers } = await latencies(writer, listener, cookie, data.plan.commitments.edges[0].node.id);
    console.log(
      `${name}: write to event, median ${median(times).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms over ${times.length} writes` +
        ` (the write's own answer: median ${median(answers).toFixed(1)} ms, p95 ${percentile(answers, 0.95).toFixed(1)} ms)`,
    );
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

async function asAdmin(adminUrl, statement) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'tracker-bench-live-'));
try {
  await measure('SQLite, one process', join(folder, 'tracker.sqlite'), 1);
  let server = null;
  try {
    server = process.env.BENCH_DATABASE_URL
      ? { url: process.env.BENCH_DATABASE_URL, stop: async () => undefined }
      : await startPostgresCluster({ durable: true });
  } catch (error) {
    console.log(`PostgreSQL skipped: ${error.message}`);
  }
  if (server) {
    const name = `tracker_bench_${randomBytes(6).toString('hex')}`;
    await asAdmin(server.url, `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    try {
      await measure('PostgreSQL, written on one process, heard on another', url.toString(), 2);
    } finally {
      await asAdmin(server.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await server.stop();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
