import { AppConfig } from '../config/app-config';
import { RegistrationsPurge } from '../roundtables/registrations/registrations-purge';
import { RoundtablesModule } from '../roundtables/roundtables.module';
import { Command } from './command-context';

/** `tracker roundtables:purge`: erases the personal data the server's hourly job would erase now. */
export const purgeRoundtables: Command = {
  modules: [RoundtablesModule],
  async run(app) {
    const days = app.get(AppConfig).ROUNDTABLE_RETENTION_DAYS;
    const purged = await app.get(RegistrationsPurge).run();
    if (purged.registrations === 0) {
      return `Nothing to erase: no registrations of a roundtable that ended more than ${days} days ago still hold personal data.`;
    }
    return `Erased the personal data of ${purged.registrations} registration${purged.registrations === 1 ? '' : 's'} of ${purged.roundtables} roundtable${purged.roundtables === 1 ? '' : 's'} that ended more than ${days} days ago.`;
  },
};
