const integration = require('./jest.integration.config');

/** Whether TEST_DATABASE_URL names a server of the caller's: then no cluster is started here. */
const givenServer = Boolean(process.env.TEST_DATABASE_URL);

// The tests read which database they run on from TEST_DATABASE (test/integration/support/test-database.ts).
process.env.TEST_DATABASE = 'postgres';

/**
 * The integration suite on PostgreSQL: each test app and spawned process gets a database of its
 * own on a throwaway cluster that globalSetup starts (initdb + pg_ctl in a temp folder) and
 * globalTeardown stops, or on the server of TEST_DATABASE_URL when it is set (its user must be
 * allowed to CREATE DATABASE). Everything that touches data runs here as on SQLite; the specs
 * below are SQLite's own, or about HTTP with a database that is incidental, and run on SQLite only.
 */
module.exports = {
  ...integration,
  globalSetup: '<rootDir>/test/integration/support/postgres-setup.ts',
  globalTeardown: '<rootDir>/test/integration/support/postgres-teardown.ts',
  testPathIgnorePatterns: [
    '/node_modules/',
    // SQLite's own: REPLACE, INSERT OR REPLACE and PRAGMA index_list; database.integration-spec tries UPDATE and DELETE on both.
    '/append-only\\.integration-spec\\.ts$',
    // Backups of the SQLite file (VACUUM INTO, PRAGMA integrity_check); on PostgreSQL they are pg_dump's job.
    '/backup-restore\\.integration-spec\\.ts$',
    '/backup-drill\\.integration-spec\\.ts$',
    // Durability of the SQLite file when the server is killed, checked with PRAGMA integrity_check.
    '/crash\\.integration-spec\\.ts$',
    // The deploy/ files as shipped, whose settings name an SQLite file; the database is incidental.
    '/deploy\\.integration-spec\\.ts$',
    // HTTP only, the database incidental: the reverse proxy, slow clients, static files and their refusals.
    '/reverse-proxy\\.integration-spec\\.ts$',
    '/slow-clients\\.integration-spec\\.ts$',
    '/web-serving\\.integration-spec\\.ts$',
    '/web-refusals\\.integration-spec\\.ts$',
    // What the server logs and what a query costs: computed in the process, the database incidental.
    '/logs\\.integration-spec\\.ts$',
    '/open-data-import-logs\\.integration-spec\\.ts$',
    '/query-cost\\.integration-spec\\.ts$',
    // One process's race on one milestone: processes.integration-spec runs it with two processes on PostgreSQL.
    '/concurrency\\.integration-spec\\.ts$',
    // The code alone: the printed schema and the resolvers' role declarations.
    '/schema\\.integration-spec\\.ts$',
    '/authz-coverage\\.integration-spec\\.ts$',
    // The harness starts no cluster when TEST_DATABASE_URL names a server; this machine may have no PostgreSQL programs.
    ...(givenServer ? ['/postgres-cluster\\.integration-spec\\.ts$'] : []),
  ],
};
