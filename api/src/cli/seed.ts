import { DataSource } from 'typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { AccountsService } from '../accounts/accounts.service';
import { describeDemoPasswords, issueDemoPasswords } from '../database/seed/demo-accounts';
import { holdsNoOrganisation, seedDemo } from '../database/seed/demo-seed';
import { scaleSizes, seedScale } from '../database/seed/scale-seed';
import { option, UsageError } from './args';
import { Command } from './command-context';

/** `tracker seed [--scale N]`: the demo data into an empty database, or a synthetic plan for benchmarks. */
export const seed: Command = {
  modules: [AccountsModule],
  async run(app, args) {
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
  },
};
