import { DataSource } from 'typeorm';

const onPostgres = (dataSource: DataSource): boolean => dataSource.options.type === 'postgres';

/** `?` placeholders as PostgreSQL's driver numbers them ($1, $2, …); text in quotes stays as it is. */
export function numberedPlaceholders(text: string): string {
  let n = 0;
  return text
    .split(/('(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\?/g, () => `$${++n}`)))
    .join('');
}

/** Raw SQL written with `?` placeholders, run on the test app's database whichever it is. */
export function sql<T = Record<string, unknown>[]>(
  dataSource: DataSource,
  text: string,
  parameters: unknown[] = [],
): Promise<T> {
  return dataSource.query<T>(onPostgres(dataSource) ? numberedPlaceholders(text) : text, parameters);
}

/** The names of `table`'s columns, as TypeORM reads the schema on either database. */
export async function columnNames(dataSource: DataSource, table: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    return (await runner.getTable(table))?.columns.map((column) => column.name) ?? [];
  } finally {
    await runner.release();
  }
}

/** The names of the database's tables, sorted. */
export async function tablesOf(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    onPostgres(dataSource)
      ? 'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()'
      : "SELECT name FROM sqlite_master WHERE type = 'table'",
  );
  return rows.map((row) => row.name).sort();
}

/**
 * A trigger that makes the database refuse, with `message`, to insert into `table` a row whose
 * `column` is `value`: a write that fails in the middle of a transaction. Resolves to the function
 * that drops it again.
 */
export async function refuseInsert(
  dataSource: DataSource,
  refused: { table: string; column: string; value: string; message: string },
): Promise<() => Promise<void>> {
  const { table, column, value, message } = refused;
  if (onPostgres(dataSource)) {
    await dataSource.query(
      `CREATE FUNCTION refuse_test_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`,
    );
    await dataSource.query(
      `CREATE TRIGGER refuse_test_row BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (NEW."${column}" = '${value}') EXECUTE FUNCTION refuse_test_row()`,
    );
    return async () => {
      await dataSource.query(`DROP TRIGGER refuse_test_row ON "${table}"`);
      await dataSource.query('DROP FUNCTION refuse_test_row()');
    };
  }
  await dataSource.query(
    `CREATE TRIGGER refuse_test_row BEFORE INSERT ON "${table}" WHEN NEW."${column}" = '${value}' BEGIN SELECT RAISE(ABORT, '${message}'); END`,
  );
  return async () => {
    await dataSource.query('DROP TRIGGER refuse_test_row');
  };
}
