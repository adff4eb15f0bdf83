import { PostgresCluster } from './postgres-cluster';
import { CLUSTER } from './postgres-setup';

/** Jest's globalTeardown of the PostgreSQL run: stops the cluster `postgres-setup.ts` started, if it did. */
export default async function stopPostgres(): Promise<void> {
  const holder = globalThis as { [CLUSTER]?: PostgresCluster };
  await holder[CLUSTER]?.stop();
  delete holder[CLUSTER];
}
