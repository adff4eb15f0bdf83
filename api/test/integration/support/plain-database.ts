import { Client } from 'pg';
import { openPlainConnection, PlainConnection, SqlRow } from './plain-sqlite';
import { numberedPlaceholders } from './sql';
import { isPostgresUrl } from './test-database';

/**
 * A connection of its own to the database at `url` (a DATABASE_URL), as another program would
 * open it: the sqlite3 module on an SQLite file, the pg driver on PostgreSQL. SQL is written with
 * `?` placeholders.
 */
export async function openPlainDatabase(url: string): Promise<PlainConnection> {
  if (!isPostgresUrl(url)) return openPlainConnection(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  return {
    async run(text, parameters = []) {
      await client.query(numberedPlaceholders(text), parameters);
    },
    async all(text, parameters = []) {
      return (await client.query<SqlRow>(numberedPlaceholders(text), parameters)).rows;
    },
    close: () => client.end(),
  };
}

/** The rows `text` selects, read by a connection of its own that is closed again. */
export async function plainRows(url: string, text: string, parameters: (string | number)[] = []): Promise<SqlRow[]> {
  const connection = await openPlainDatabase(url);
  try {
    return await connection.all(text, parameters);
  } finally {
    await connection.close();
  }
}
