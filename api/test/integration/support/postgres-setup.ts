import { PostgresCluster, startPostgresCluster } from './postgres-cluster';

/** Where the cluster waits for `postgres-teardown.ts`, in the process that runs jest's global hooks. */
export const CLUSTER = Symbol.for('tracker.postgresCluster');

/**
 * Jest's globalSetup of the PostgreSQL run: the server of TEST_DATABASE_URL when it is set, else
 * a throwaway cluster started here, whose URL the tests then read from TEST_DATABASE_URL.
 */
export default async function startPostgres(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.stdout.write(`\nIntegration tests on the PostgreSQL server of TEST_DATABASE_URL.\n`);
    return;
  }
  const started = Date.now();
  const cluster = await startPostgresCluster();
  (globalThis as { [CLUSTER]?: PostgresCluster })[CLUSTER] = cluster;
  process.env.TEST_DATABASE_URL = cluster.url;
  process.stdout.write(
    `\nIntegration tests on a throwaway PostgreSQL ${cluster.version} cluster (${cluster.url}), started in ${Date.now() - started} ms.\n`,
  );
}
