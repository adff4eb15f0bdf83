/** A throwaway PostgreSQL cluster of its own, on a free port of 127.0.0.1. */
export interface PostgresCluster {
  /** The superuser's URL (user `tracker`, no password), for CREATE DATABASE. */
  url: string;
  /** PostgreSQL's major version. */
  version: number;
  /** Stops the server (`pg_ctl stop -m fast`) and removes its folder. */
  stop(): Promise<void>;
}

/** The programs of the highest PostgreSQL major version installed (under `installed`), at least 15. */
export function postgresPrograms(installed?: string): { bin: string; version: number };

/** Whom the cluster's programs run as: undefined (the current user) unless root, then the `postgres` user. */
export function clusterUser(name?: string): { uid: number; gid: number } | undefined;

/**
 * `initdb` and `pg_ctl start` in a new temp folder, without durability unless `durable`; a
 * watchdog removes it should this process end without `stop()`.
 */
export function startPostgresCluster(options?: { durable?: boolean }): Promise<PostgresCluster>;
