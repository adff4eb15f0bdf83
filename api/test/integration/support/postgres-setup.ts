import { PostgresCluster, startPostgresCluster } from './postgres-cluster';
import { nameTemplate } from './template-location';

/** Where the cluster waits for `postgres-teardown.ts`, in the process that runs jest's global hooks. */
export const CLUSTER = Symbol.for('tracker.postgresCluster');

/**
 * Jest's globalSetup of the PostgreSQL run: the server of TEST_DATABASE_URL when it is set, else
 * a throwaway cluster started here, whose URL the tests then read from TEST_DATABASE_URL; and the
 * name of the run's migrated template database on it (template-location.ts).
 */
export default async function startPostgres(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    process.stdout.write(`\nIntegration tests on the PostgreSQL server of TEST_DATABASE_URL.\n`);
    nameTemplate();
    return;
  }
  const started = Date.now();
  const cluster = await startPostgresCluster();
  (globalThis as { [CLUSTER]?: PostgresCluster })[CLUSTER] = cluster;
  process.env.TEST_DATABASE_URL = cluster.url;
  process.stdout.write(
    `\nIntegration tests on a throwaway PostgreSQL ${cluster.version} cluster (${cluster.url}), started in ${Date.now() - started} ms.\n`,
  );
  nameTemplate();
}
