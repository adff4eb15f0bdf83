import 'reflect-metadata';
import { DomainError } from '../common/domain-error';
import { MissingOption, UsageError } from './args';
import type { Command } from './command-context';

export { UsageError } from './args';

const USAGE = `Usage: npm run tracker -- <command>

Commands:
  migrate                       apply pending migrations to DATABASE_URL
  seed                          load the demo data into an empty database (prints the demo passwords once)
  seed --scale N                add a synthetic plan of about 500·N commitments (for benchmarks)
  user:create --email E --role EXECUTIVE|LIAISON --org SLUG [--plan SLUG] [--name NAME] [--password-stdin]
                                create an account; with --password-stdin the password is read from
                                standard input, otherwise a one-time invitation link is printed
  user:password --email E --password-stdin
                                set an account's password, read from standard input, and end its sessions
  user:disable --email E        disable an account and end its sessions
  org:create --slug S --name N [--website URL] [--description TEXT] [--licence ID]
                                create an organisation (its first executive next, with user:create)
  org:list                      list the organisations with their plans and accounts
  backup --to FILE [--force]    write a checked, consistent copy of the SQLite database, also while the
                                server runs; --force replaces an existing FILE
  import --org SLUG FILE [--plan SLUG] [--dry-run] [--as EMAIL]
                                import an export's .zip or .json (or one table's .csv, with --plan) into the
                                organisation, printing every row's create, update, unchanged or error; exit 1
                                and nothing written when any row has an error or conflict
  roundtables:purge             erase the personal data of roundtable registrants ROUNDTABLE_RETENTION_DAYS
                                after their roundtable ended (the server also does it every hour)
  restore --from FILE           replace the SQLite database with a checked backup, keeping the replaced
                                one beside it; stop the server first
`;

/**
 * Each command's implementation, loaded only when that command runs, so that a command starts
 * with only the code and the application modules it needs.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  migrate: async () => ({ modules: [], run: async () => 'Migrations applied.' }),
  seed: async () => (await import('./seed')).seed,
  'user:create': async () => (await import('./users')).createUser,
  'user:password': async () => (await import('./users')).setUserPassword,
  'user:disable': async () => (await import('./users')).disableUser,
  'org:create': async () => (await import('./organisations')).createOrganisation,
  'org:list': async () => (await import('./organisations')).listOrganisations,
  import: async () => (await import('./import')).importPlan,
  'roundtables:purge': async () => (await import('./roundtables-purge')).purgeRoundtables,
};

/** Commands that work on the SQLite file itself, never opening it through the application. */
const FILE_COMMANDS: Record<string, () => Promise<(args: string[]) => Promise<string>>> = {
  backup: async () => (await import('./backup')).backup,
  restore: async () => (await import('./restore')).restore,
};

/** The `tracker` command: maintenance tasks against the database named by DATABASE_URL. */
export async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help') return USAGE;
  if (FILE_COMMANDS[command]) return (await FILE_COMMANDS[command]())(rest);
  const load = COMMANDS[command];
  if (!load) throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  const handler = await load();
  const { openCommandContext } = await import('./command-context');
  const app = await openCommandContext(handler);
  try {
    return await handler.run(app, rest);
  } catch (error) {
    if (error instanceof MissingOption) throw new UsageError(`${error.message}\n\n${USAGE}`);
    throw error;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(error instanceof UsageError || error instanceof DomainError ? 2 : 1);
    },
  );
}
