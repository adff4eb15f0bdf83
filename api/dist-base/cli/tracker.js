"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UsageError = void 0;
exports.run = run;
require("reflect-metadata");
const typeorm_1 = require("typeorm");
const accounts_service_1 = require("../accounts/accounts.service");
const app_factory_1 = require("../app-factory");
const user_entity_1 = require("../auth/user.entity");
const domain_error_1 = require("../common/domain-error");
const transactions_1 = require("../common/transactions");
const demo_accounts_1 = require("../database/seed/demo-accounts");
const demo_seed_1 = require("../database/seed/demo-seed");
const scale_seed_1 = require("../database/seed/scale-seed");
const organisations_service_1 = require("../organisations/organisations.service");
const organisations_1 = require("./organisations");
const plans_service_1 = require("../plans/plans.service");
const backup_1 = require("./backup");
const import_1 = require("./import");
const restore_1 = require("./restore");
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
  restore --from FILE           replace the SQLite database with a checked backup, keeping the replaced
                                one beside it; stop the server first
`;
class UsageError extends Error {
}
exports.UsageError = UsageError;
function option(args, name) {
    const index = args.indexOf(name);
    if (index < 0)
        return undefined;
    const value = args[index + 1];
    if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${name} needs a value`);
    return value;
}
function required(args, name) {
    const value = option(args, name);
    if (value === undefined)
        throw new UsageError(`${name} is required.\n\n${USAGE}`);
    return value;
}
async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}
async function seed(app, args) {
    const dataSource = app.get(typeorm_1.DataSource);
    const scale = option(args, '--scale');
    if (scale !== undefined) {
        const n = Number(scale);
        const started = Date.now();
        const slug = await (0, scale_seed_1.seedScale)(dataSource, n);
        const sizes = (0, scale_seed_1.scaleSizes)(n);
        return `Seeded ${slug}: ${sizes.commitments} commitments, ${sizes.milestones} milestones, ${sizes.entries} ledger entries, ${sizes.comments} comments in ${((Date.now() - started) / 1000).toFixed(1)} s.`;
    }
    if (!(await (0, demo_seed_1.holdsNoOrganisation)(dataSource)))
        throw new UsageError('The database already holds data; the demo is only loaded into an empty one.');
    await (0, demo_seed_1.seedDemo)(dataSource);
    return `Seeded the demo data.\n${(0, demo_accounts_1.describeDemoPasswords)(await (0, demo_accounts_1.issueDemoPasswords)(app.get(accounts_service_1.AccountsService)))}`;
}
async function createUser(app, args) {
    const email = required(args, '--email');
    const role = required(args, '--role');
    if (role !== user_entity_1.Role.EXECUTIVE && role !== user_entity_1.Role.LIAISON)
        throw new UsageError('--role must be EXECUTIVE or LIAISON');
    const organisation = await app.get(organisations_service_1.OrganisationsService).getBySlug(required(args, '--org'));
    const planSlug = option(args, '--plan');
    const plan = planSlug ? await app.get(plans_service_1.PlansService).getBySlug(planSlug) : null;
    if (plan && plan.organisationId !== organisation.id)
        throw new UsageError(`--plan ${planSlug} is not a plan of --org ${organisation.slug}`);
    if (role === user_entity_1.Role.LIAISON && !plan)
        throw new UsageError('A liaison speaks for a plan: give --plan SLUG.');
    const accounts = app.get(accounts_service_1.AccountsService);
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
    const invitation = await app.get(transactions_1.Transactions).run((manager) => accounts.createInvite(manager, account, null));
    return `Invitation for ${invitation.email} (valid until ${invitation.expiresAt}, works once):\n${invitation.url}`;
}
/** The account named by --email. */
async function accountOf(accounts, args) {
    const email = required(args, '--email');
    const user = await accounts.findByEmail(email);
    if (!user)
        throw new UsageError(`No account has the email ${email}.`);
    return user;
}
async function setUserPassword(app, args) {
    if (!args.includes('--password-stdin'))
        throw new UsageError('user:password reads the password from standard input: give --password-stdin.');
    const accounts = app.get(accounts_service_1.AccountsService);
    const user = await accountOf(accounts, args);
    await accounts.setPassword(user.id, await readStdin());
    return `Set the password of ${user.email}; their sessions have ended.`;
}
async function disableUser(app, args) {
    const accounts = app.get(accounts_service_1.AccountsService);
    const user = await accountOf(accounts, args);
    await accounts.disable(user.id, null);
    return `Disabled ${user.email}; their sessions have ended.`;
}
const COMMANDS = {
    migrate: async () => 'Migrations applied.',
    seed,
    'user:create': createUser,
    'user:password': setUserPassword,
    'user:disable': disableUser,
    'org:create': organisations_1.createOrganisation,
    'org:list': organisations_1.listOrganisations,
    import: import_1.importPlan,
};
/** Commands that work on the SQLite file itself, never opening it through the application. */
const FILE_COMMANDS = { backup: backup_1.backup, restore: restore_1.restore };
/** The `tracker` command: maintenance tasks against the database named by DATABASE_URL. */
async function run(args) {
    const [command, ...rest] = args;
    if (!command || command === '--help' || command === 'help')
        return USAGE;
    if (FILE_COMMANDS[command])
        return FILE_COMMANDS[command](rest);
    const handler = COMMANDS[command];
    if (!handler)
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    const app = await (0, app_factory_1.createApp)({ logger: false });
    try {
        return await handler(app, rest);
    }
    finally {
        await app.close();
    }
}
if (require.main === module) {
    run(process.argv.slice(2)).then((message) => console.log(message), (error) => {
        console.error(error instanceof Error ? error.message : String(error));
        if (error instanceof import_1.ImportRefused)
            process.exit(1);
        process.exit(error instanceof UsageError || error instanceof domain_error_1.DomainError ? 2 : 1);
    });
}
//# sourceMappingURL=tracker.js.map