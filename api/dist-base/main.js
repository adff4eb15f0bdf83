"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const common_1 = require("@nestjs/common");
const graphql_1 = require("graphql");
const typeorm_1 = require("typeorm");
const accounts_service_1 = require("./accounts/accounts.service");
const app_factory_1 = require("./app-factory");
const app_config_1 = require("./config/app-config");
const data_source_1 = require("./database/data-source");
const demo_accounts_1 = require("./database/seed/demo-accounts");
const demo_seed_1 = require("./database/seed/demo-seed");
const first_organisation_1 = require("./organisations/first-organisation");
/**
 * graphql-js stops completing a list or an object at the field that fails at once and leaves the
 * fields already in flight unawaited; when one of those fails later (as every field does once a
 * query's budget is spent), its rejection has no handler. The answer has gone out with the first
 * error by then, so such a rejection must not end the process, as Node would; any other still does.
 */
process.on('unhandledRejection', (reason) => {
    if (reason instanceof graphql_1.GraphQLError)
        return;
    throw reason;
});
async function bootstrap() {
    const config = (0, app_config_1.loadConfig)();
    const app = await (0, app_factory_1.createApp)();
    const logger = new common_1.Logger('Tracker');
    if (config.TRUST_PROXY)
        logger.log(`Client addresses come from X-Forwarded-For past the trusted proxies (TRUST_PROXY=${config.TRUST_PROXY}).`);
    if (config.CLOCK_START)
        logger.log(`The clock started at ${config.CLOCK_START} (CLOCK_START), not at the system's time.`);
    // Registered before anything else can take time, so a stop at any moment closes the database cleanly.
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            logger.log(`${signal}: closing the server and the database.`);
            app.close().then(() => process.exit(0), (error) => {
                logger.error(error);
                process.exit(1);
            });
        });
    }
    const dataSource = app.get(typeorm_1.DataSource);
    if (!config.demoData) {
        if (await (0, demo_seed_1.holdsNoOrganisation)(dataSource))
            logger.log(first_organisation_1.FIRST_ORGANISATION_STEPS);
    }
    else if (await (0, demo_seed_1.seedDemoIfEmpty)(dataSource)) {
        logger.log('The database was empty: seeded the demo data.');
        logger.log((0, demo_accounts_1.describeDemoPasswords)(await (0, demo_accounts_1.issueDemoPasswords)(app.get(accounts_service_1.AccountsService))));
    }
    try {
        await app.listen({ port: config.PORT, host: config.HOST });
    }
    catch (error) {
        await app.close();
        if (error.code !== 'EADDRINUSE')
            throw error;
        throw new app_config_1.ConfigError([
            `PORT=${config.PORT}: the port is already in use on ${config.HOST}; stop the other server or choose another PORT`,
        ]);
    }
    logger.log(`Serving the dashboard and /graphql at ${await app.getUrl()}/`);
}
/** Problems a person can fix from the message alone; anything else also gets its stack. */
const EXPLAINED = [app_config_1.ConfigError, data_source_1.DatabaseUnavailableError];
bootstrap().catch((error) => {
    const explained = EXPLAINED.some((type) => error instanceof type);
    const detail = error instanceof Error ? (explained ? error.message : (error.stack ?? error.message)) : String(error);
    console.error(`The tracker could not start.\n${detail}`);
    process.exit(1);
});
//# sourceMappingURL=main.js.map