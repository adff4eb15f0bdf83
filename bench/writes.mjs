// What the benchmarks that write share (bench/postgres.mjs, bench/live.mjs): a server's
// environment without write limits, the demo seeded with the executive given a password, signing
// in, GraphQL requests, and PostgreSQL databases of their own.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster } from '../scripts/postgres-cluster.cjs';
import { dist } from './server.mjs';

export const PLAN = 'islamophobia-action-plan';
const EXECUTIVE = 'executive@example.org';
const PASSWORD = 'a long benchmark passphrase';

// Hundreds of writes a second from one account are the load being measured: the write limits stand aside.
const UNLIMITED_WRITES = Object.fromEntries(
  ['ACCOUNT', 'ADDRESS'].flatMap((who) => ['MINUTE', 'HOUR'].map((per) => [`WRITES_PER_${who}_PER_${per}`, '1000000'])),
);

const tracker = join(dist, 'cli', 'tracker.js');

/** A production server's environment on `database`, without write limits. */
const environment = (database) => ({
  ...process.env,
  ...UNLIMITED_WRITES,
  DATABASE_URL: database,
  NODE_ENV: 'production',
  DEMO_DATA: 'on',
  PORT: '0',
});

/** Seeds the demo into `database` and gives its executive a password; the servers' environment. */
export function seededWithExecutive(database) {
  const env = environment(database);
  execFileSync(process.execPath, [tracker, 'seed'], { env, stdio: 'ignore' });
  execFileSync(process.execPath, [tracker, 'user:password', '--email', EXECUTIVE, '--password-stdin'], {
    env,
    input: PASSWORD,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  return env;
}

/** A GraphQL request to one server; its data, or an error with the answer. */
export async function gql(url, query, variables, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

/** Signs the executive in on `url`: their session cookie, and the id of the demo plan's first commitment. */
export async function executiveAndCommitment(url) {
  const { cookie } = await gql(url, 'mutation ($input: LoginInput!) { login(input: $input) { id } }', {
    input: { email: EXECUTIVE, password: PASSWORD },
  });
  const { data } = await gql(url, `{ plan(slug: "${PLAN}") { commitments(first: 1) { edges { node { id } } } } }`);
  return { cookie, subjectId: data.plan.commitments.edges[0].node.id };
}

/** The value below which `share` of the values lie. */
export const percentile = (values, share) =>
  [...values].sort((a, b) => a - b)[Math.ceil(values.length * share) - 1] ?? NaN;

/** The given server, or a cluster of our own with PostgreSQL's default durability, as SQLite's is FULL here. */
export async function postgresServer() {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop: async () => undefined };
  try {
    return await startPostgresCluster({ durable: true });
  } catch (error) {
    throw new Error(
      `${error.message}\nOr set BENCH_DATABASE_URL=postgres://… to a server whose user may CREATE DATABASE.`,
    );
  }
}

export async function asAdmin(adminUrl, statement) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(statement)).rows;
  } finally {
    await client.end();
  }
}

/** A new database on the server, collated by bytes as SQLite compares text; its URL. */
export async function createDatabase(adminUrl) {
  const name = `tracker_bench_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export const dropDatabase = (adminUrl, url) =>
  asAdmin(adminUrl, `DROP DATABASE IF EXISTS "${decodeURIComponent(new URL(url).pathname.slice(1))}" WITH (FORCE)`);
