// Live pages (figures, never asserted in tests): the time from a write — a status update posted
// over GraphQL — to its PlanChange arriving at a graphql-ws client subscribed to the plan, median
// and 95th percentile over WRITES writes, one at a time. On SQLite with one process; then, when
// Debian's postgresql 15 or newer is there (or BENCH_DATABASE_URL names a server whose user may
// CREATE DATABASE), on PostgreSQL with two processes: written through one, heard on the other,
// through LISTEN/NOTIFY. Beside it, the write's own answer time: the rest is the event's way.
// Usage: npm run bench:live [-- WRITES]. Needs a built api (npm run build).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { median, startServer, stopServer } from './server.mjs';
import {
  createDatabase,
  dropDatabase,
  executiveAndCommitment,
  gql,
  percentile,
  PLAN,
  postgresServer,
  seededWithExecutive,
} from './writes.mjs';

const WRITES = Number(process.argv[2] ?? 50);
const POST = 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }';
const SUBSCRIBE = 'subscription ($slug: String!) { planChanged(slug: $slug) { sequence kind commitmentId } }';

/** For each write through `writer`, the time to its answer and to its event on a subscriber of `listener`. */
async function latencies(writer, listener, cookie, subjectId) {
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
      const input = {
        subjectType: 'COMMITMENT',
        subjectId,
        lens: 'PARTY_REPORTED',
        status: 'LIMITED',
        narrative: `Write ${i}.`,
      };
      await gql(writer, POST, { input }, { cookie });
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

/** Seeds the demo into `database`, starts `processes` servers, writes through the first and listens on the last. */
async function measure(name, database, processes) {
  const env = seededWithExecutive(database);
  const servers = [];
  try {
    for (let i = 0; i < processes; i++) servers.push(await startServer(env));
    const writer = servers[0].url;
    const { cookie, subjectId } = await executiveAndCommitment(writer);
    const { times, answers } = await latencies(writer, servers[servers.length - 1].url, cookie, subjectId);
    const figures = (values) => `median ${median(values).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms`;
    console.log(
      `${name}: write to event, ${figures(times)} over ${times.length} writes (the write's own answer: ${figures(answers)})`,
    );
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

const folder = mkdtempSync(join(tmpdir(), 'tracker-bench-live-'));
try {
  await measure('SQLite, one process', join(folder, 'tracker.sqlite'), 1);
  let postgres = null;
  try {
    postgres = await postgresServer();
  } catch (error) {
    console.log(`PostgreSQL skipped: ${error.message}`);
  }
  if (postgres) {
    const database = await createDatabase(postgres.url);
    try {
      await measure('PostgreSQL, written on one process, heard on another', database, 2);
    } finally {
      await dropDatabase(postgres.url, database);
      await postgres.stop();
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
