import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions, openDatabase } from '../database/data-source';
import { seedDemo } from '../database/seed/demo-seed';
import { scaleSizes, seedScale } from '../database/seed/scale-seed';

const USAGE = `Usage: npm run tracker -- <command>

Commands:
  migrate              apply pending migrations to DATABASE_URL
  seed                 load the demo data into an empty database
  seed --scale N       add a synthetic plan of about 500·N commitments (for benchmarks)
`;

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

async function seed(dataSource: DataSource, args: string[]): Promise<string> {
  const scale = option(args, '--scale');
  if (scale !== undefined) {
    const n = Number(scale);
    const started = Date.now();
    const slug = await seedScale(dataSource, n);
    const sizes = scaleSizes(n);
    return `Seeded ${slug}: ${sizes.commitments} commitments, ${sizes.milestones} milestones, ${sizes.entries} ledger entries, ${sizes.comments} comments in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
  }
  const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM organisation');
  if (Number(count) > 0)
    throw new UsageError('The database already holds data; the demo is only loaded into an empty one.');
  await seedDemo(dataSource);
  return 'Seeded the demo data.';
}

/** The `tracker` command: maintenance tasks against the database named by DATABASE_URL. */
export async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help') return USAGE;
  if (command !== 'migrate' && command !== 'seed') throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  const dataSource = await openDatabase(dataSourceOptions(loadConfig()));
  try {
    return command === 'migrate' ? 'Migrations applied.' : await seed(dataSource, rest);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
