/**
 * The throwaway PostgreSQL cluster of the integration suite on PostgreSQL: `initdb` and `pg_ctl` in
 * a temp folder, as the `postgres` user when the tests run as root. It lives in the workspace's
 * scripts/ as plain CommonJS, because the PostgreSQL benchmark (bench/postgres.mjs) starts its
 * cluster the same way.
 */
export { clusterUser, postgresPrograms, startPostgresCluster } from '../../../../scripts/postgres-cluster.cjs';
export type { PostgresCluster } from '../../../../scripts/postgres-cluster.cjs';
