import { AccountsModule } from '../accounts/accounts.module';
import { AccountsService } from '../accounts/accounts.service';
import { Role, User } from '../auth/user.entity';
import { Transactions } from '../common/transactions';
import { OrganisationsModule } from '../organisations/organisations.module';
import { OrganisationsService } from '../organisations/organisations.service';
import { PlansModule } from '../plans/plans.module';
import { PlansService } from '../plans/plans.service';
import { option, readStdin, required, UsageError } from './args';
import { Command } from './command-context';

/** `tracker user:create`: an account with a password from standard input, or a one-time invitation link. */
export const createUser: Command = {
  modules: [AccountsModule, OrganisationsModule, PlansModule],
  async run(app, args) {
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
  },
};

/** The account named by --email. */
async function accountOf(accounts: AccountsService, args: string[]): Promise<User> {
  const email = required(args, '--email');
  const user = await accounts.findByEmail(email);
  if (!user) throw new UsageError(`No account has the email ${email}.`);
  return user;
}

/** `tracker user:password`: sets an account's password from standard input and ends its sessions. */
export const setUserPassword: Command = {
  modules: [AccountsModule],
  async run(app, args) {
    if (!args.includes('--password-stdin'))
      throw new UsageError('user:password reads the password from standard input: give --password-stdin.');
    const accounts = app.get(AccountsService);
    const user = await accountOf(accounts, args);
    await accounts.setPassword(user.id, await readStdin());
    return `Set the password of ${user.email}; their sessions have ended.`;
  },
};

/** `tracker user:disable`: disables an account and ends its sessions. */
export const disableUser: Command = {
  modules: [AccountsModule],
  async run(app, args) {
    const accounts = app.get(AccountsService);
    const user = await accountOf(accounts, args);
    await accounts.disable(user.id, null);
    return `Disabled ${user.email}; their sessions have ended.`;
  },
};
