import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { AccountsService } from './accounts/accounts.service';
import { createApp } from './app-factory';
import { ConfigError, loadConfig } from './config/app-config';
import { DatabaseUnavailableError } from './database/data-source';
import { describeDemoPasswords, issueDemoPasswords } from './database/seed/demo-accounts';
import { holdsNoOrganisation, seedDemoIfEmpty } from './database/seed/demo-seed';
import { FIRST_ORGANISATION_STEPS } from './organisations/first-organisation';
import { RegistrationsPurgeSchedule } from './roundtables/registrations/registrations-purge';

/**
 * graphql-js stops completing a list or an object at the field that fails at once and leaves the
 * fields already in flight unawaited; when one of those fails later (as every field does once a
 * query's budget is spent), its rejection has no handler. The answer has gone out with the first
 * error by then, so such a rejection must not end the process, as Node would; any other still does.
 */
process.on('unhandledRejection', (reason) => {
  if (reason instanceof GraphQLError) return;
  throw reason;
});

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp();
  const logger = new Logger('Tracker');
  if (config.TRUST_PROXY)
    logger.log(
      `Client addresses come from X-Forwarded-For past the trusted proxies (TRUST_PROXY=${config.TRUST_PROXY}).`,
    );
  if (config.CLOCK_START)
    logger.log(`The clock started at ${config.CLOCK_START} (CLOCK_START), not at the system's time.`);
  // Registered before anything else can take time, so a stop at any moment closes the database cleanly.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.log(`${signal}: closing the server and the database.`);
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error);
          process.exit(1);
        },
      );
    });
  }
  const dataSource = app.get(DataSource);
  if (!config.demoData) {
    if (await holdsNoOrganisation(dataSource)) logger.log(FIRST_ORGANISATION_STEPS);
  } else if (await seedDemoIfEmpty(dataSource)) {
    logger.log('The database was empty: seeded the demo data.');
    logger.log(describeDemoPasswords(await issueDemoPasswords(app.get(AccountsService))));
  }
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    await app.close();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new ConfigError([
      `PORT=${config.PORT}: the port is already in use on ${config.HOST}; stop the other server or choose another PORT`,
    ]);
  }
  logger.log(`Serving the dashboard and /graphql at ${await app.getUrl()}/`);
  const purge = app.get(RegistrationsPurgeSchedule);
  purge.start();
}

/** Problems a person can fix from the message alone; anything else also gets its stack. */
const EXPLAINED = [ConfigError, DatabaseUnavailableError];

bootstrap().catch((error: unknown) => {
  const explained = EXPLAINED.some((type) => error instanceof type);
  const detail = error instanceof Error ? (explained ? error.message : (error.stack ?? error.message)) : String(error);
  console.error(`The tracker could not start.\n${detail}`);
  process.exit(1);
});
