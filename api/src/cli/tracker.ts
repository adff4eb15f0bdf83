import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService } from '../accounts/accounts.service';
import { createApp } from '../app-factory';
import { Role, User } from '../auth/user.entity';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../common/transactions';
import { describeDemoPasswords, issueDemoPasswords } from '../database/seed/demo-accounts';
import { holdsNoOrganisation, seedDemo } from '../database/seed/demo-seed';
import { scaleSizes, seedScale } from '../database/seed/scale-seed';
import { OrganisationsService } from '../organisations/organisations.service';
import { createOrganisation, listOrganisations } from './organisations';
import { PlansService } from '../plans/plans.service';
import { backup } from './backup';
import { ImportRefused, importPlan } from './import';
import { restore } from './restore';
import { purgeRoundtables } from './roundtables-purge';

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

export class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

function required(args: string[], name: string): string {
  const value = option(args, name);
  if (value === undefined) throw new UsageError(`${name} is required.\n\n${USAGE}`);
  return value;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function seed(app: INestApplication, args: string[]): Promise<string> {
  const dataSource = app.get(DataSource);
  const scale = option(args, '--scale');
  if (scale !== undefined) {
    const n = Number(scale);
    const started = Date.now();
    const slug = await seedScale(dataSource, n);
    const sizes = scaleSizes(n);
    return `Seeded ${slug}: ${sizes.commitments} commitments, ${sizes.milestones} milestones, ${sizes.entries} ledger entries, ${sizes.comments} comments in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
  }
  if (!(await holdsNoOrganisation(dataSource)))
    throw new UsageError('The database already holds data; the demo is only loaded into an empty one.');
  await seedDemo(dataSource);
  return `Seeded the demo data.\n${describeDemoPasswords(await issueDemoPasswords(app.get(AccountsService)))}`;
}

async function createUser(app: INestApplication, args: string[]): Promise<string> {
  const email = required(args, '--email');
  const role = required(args, '--role');
  if (role !== Role.EXECUTIVE && role !== Role.LIAISON) throw new UsageError('--role must be EXECUTIVE or LIAISON');
  const organisation = await app.get(OrganisationsService).getBySlug(required(args, '--org'));
  const planSlug = option(args, '--plan');
  const plan = planSlug ? await app.get(PlansService).getBySlug(planSlug) : null;
  if (plan && plan.organisationId !== organisation.id)
    throw new UsageError(`--plan ${planSlug} is not a plan of --org ${organisation.slug}`);
  if (role === Role.LIAISON && !plan) throw new UsageError('A liaison speaks for a plan: give --plan SLUG.');
  const accounts = app.get(AccountsService);
  const account = {
    email,
    displayName: option(args, '--name') ?? email.split('@')[0],
    role,
    organisationId: organisation.id,
    planId: plan?.id ?? null,
  };
  if (args.includes('--password-stdin')) {
    const user = await accounts.createWithPassword(account, await readStdin());
    return `Created ${user.role.toLowerCase()} ${user.email}.`;
  }
  const invitation = await app.get(Transactions).run((manager) => accounts.createInvite(manager, account, null));
  return `Invitation for ${invitation.email} (valid until ${invitation.expiresAt}, works once):\n${invitation.url}`;
}

/** The account named by --email. */
async function accountOf(accounts: AccountsService, args: string[]): Promise<User> {
  const email = required(args, '--email');
  const user = await accounts.findByEmail(email);
  if (!user) throw new UsageError(`No account has the email ${email}.`);
  return user;
}

async function setUserPassword(app: INestApplication, args: string[]): Promise<string> {
  if (!args.includes('--password-stdin'))
    throw new UsageError('user:password reads the password from standard input: give --password-stdin.');
  const accounts = app.get(AccountsService);
  const user = await accountOf(accounts, args);
  await accounts.setPassword(user.id, await readStdin());
  return `Set the password of ${user.email}; their sessions have ended.`;
}

async function disableUser(app: INestApplication, args: string[]): Promise<string> {
  const accounts = app.get(AccountsService);
  const user = await accountOf(accounts, args);
  await accounts.disable(user.id, null);
  return `Disabled ${user.email}; their sessions have ended.`;
}

const COMMANDS: Record<string, (app: INestApplication, args: string[]) => Promise<string>> = {
  migrate: async () => 'Migrations applied.',
  seed,
  'user:create': createUser,
  'user:password': setUserPassword,
  'user:disable': disableUser,
  'org:create': createOrganisation,
  'org:list': listOrganisations,
  import: importPlan,
  'roundtables:purge': purgeRoundtables,
};

/** Commands that work on the SQLite file itself, never opening it through the application. */
const FILE_COMMANDS: Record<string, (args: string[]) => Promise<string>> = { backup, restore };

/** The `tracker` command: maintenance tasks against the database named by DATABASE_URL. */
export async function run(args: string[]): Promise<string> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help') return USAGE;
  if (FILE_COMMANDS[command]) return FILE_COMMANDS[command](rest);
  const handler = COMMANDS[command];
  if (!handler) throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  const app = await createApp({ logger: false });
  try {
    return await handler(app, rest);
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      if (error instanceof ImportRefused) process.exit(1);
      process.exit(error instanceof UsageError || error instanceof DomainError ? 2 : 1);
    },
  );
}
