import { Database } from 'sqlite3';

export type SqlValue = string | number | null;
export type SqlRow = Record<string, SqlValue>;

/** A connection of its own to an SQLite file, as any other program would open it. */
export interface PlainConnection {
  run(sql: string, parameters?: SqlValue[]): Promise<void>;
  all(sql: string, parameters?: SqlValue[]): Promise<SqlRow[]>;
  close(): Promise<void>;
}

/**
 * Opens `path` with the sqlite3 module directly: not the application's TypeORM connection, and
 * with SQLite's default settings (no pragma such as recursive_triggers or foreign_keys), like the
 * sqlite3 command line.
 */
export async function openPlainConnection(path: string): Promise<PlainConnection> {
  const db = await new Promise<Database>((resolve, reject) => {
    const opened: Database = new Database(path, (error) => (error ? reject(error) : resolve(opened)));
  });
  const settle =
    <T>(resolve: (value: T) => void, reject: (error: Error) => void) =>
    (error: Error | null, value: T) =>
      error ? reject(error) : resolve(value);
  return {
    run: (sql, parameters = []) =>
      new Promise((resolve, reject) => db.run(sql, parameters, (error) => (error ? reject(error) : resolve()))),
    all: (sql, parameters = []) =>
      new Promise((resolve, reject) => db.all<SqlRow>(sql, parameters, settle(resolve, reject))),
    close: () => new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve()))),
  };
}
