import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** The one-row table whose `token` changes with every write transaction (migration 1764800000000). */
export const DATA_GENERATION_TABLE = 'data_generation';

/**
 * Marks the database as changed, inside the caller's write transaction: `value` counts the
 * writes, and `token` takes a value never used before. What was computed from the database is
 * current while the token it was computed at is still the database's.
 *
 * The token, not the count, is what readers compare: on SQLite a read on the process's one
 * connection can see a transaction that is still open, and a rolled-back write puts the count back
 * to a number the next write will reuse; it never brings back a token.
 */
export async function bumpDataGeneration(manager: EntityManager): Promise<void> {
  const postgres = manager.connection.options.type === 'postgres';
  await manager.query(
    `UPDATE "${DATA_GENERATION_TABLE}" SET "value" = "value" + 1, "token" = ${postgres ? '$1' : '?'}`,
    [randomUUID()],
  );
}

const READ_TOKEN = `SELECT "token" FROM "${DATA_GENERATION_TABLE}"`;

/** The driver's own connection (SQLite) or pool (PostgreSQL), as far as reading the token goes. */
interface SqliteConnection {
  all(sql: string, callback: (error: Error | null, rows: { token: string }[]) => void): void;
}
interface PostgresPool {
  query(sql: string): Promise<{ rows: { token: string }[] }>;
}

/**
 * Reads the token through the driver's connection or pool itself, on the same connection TypeORM
 * would use, without TypeORM's per-query work (a query runner, its logging): it is read for
 * every burst of anonymous requests.
 */
function readTokenRows(dataSource: DataSource): Promise<{ token: string }[]> {
  const driver = dataSource.driver as unknown as { databaseConnection?: SqliteConnection; master?: PostgresPool };
  if (dataSource.options.type === 'postgres' && driver.master) {
    return driver.master.query(READ_TOKEN).then((result) => result.rows);
  }
  const connection = driver.databaseConnection;
  if (dataSource.options.type === 'sqlite' && connection) {
    return new Promise((resolve, reject) =>
      connection.all(READ_TOKEN, (error, rows) => (error ? reject(error) : resolve(rows))),
    );
  }
  return dataSource.query<{ token: string }[]>(READ_TOKEN);
}

/** The database's current generation token: one indexed one-row read, outside any transaction. */
export async function readDataGeneration(dataSource: DataSource): Promise<string> {
  const rows = await readTokenRows(dataSource);
  if (rows.length !== 1)
    throw new Error(`The ${DATA_GENERATION_TABLE} table must hold one row; it holds ${rows.length}.`);
  return rows[0].token;
}
