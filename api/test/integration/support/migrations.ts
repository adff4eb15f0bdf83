import { DataSource } from 'typeorm';

/**
 * Undoes the migrations applied after `name`, then `name` itself, so that a test can look at
 * the database as it was before that migration, however many migrations later changes add.
 */
export async function undoMigrationsThrough(dataSource: DataSource, name: string): Promise<void> {
  const applied = async () =>
    (await dataSource.query<{ name: string }[]>('SELECT name FROM migrations ORDER BY timestamp DESC')).map(
      (row) => row.name,
    );
  if (!(await applied()).includes(name)) throw new Error(`Migration ${name} has not been applied.`);
  while ((await applied()).includes(name)) await dataSource.undoLastMigration({ transaction: 'each' });
}
