import { PostgresCluster } from './postgres-cluster';
import { CLUSTER } from './postgres-setup';
import { removeTemplate } from './template-location';

/** Jest's globalTeardown of the PostgreSQL run: drops the template, then stops the cluster `postgres-setup.ts` started, if it did. */
export default async function stopPostgres(): Promise<void> {
  await removeTemplate();
  const holder = globalThis as { [CLUSTER]?: PostgresCluster };
  await holder[CLUSTER]?.stop();
  delete holder[CLUSTER];
}
