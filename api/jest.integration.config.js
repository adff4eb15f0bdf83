const { readFileSync } = require('node:fs');
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** Integration tests: the whole app over HTTP against a real SQLite file (jest.integration.postgres.config.js runs them on PostgreSQL). */
module.exports = {
  rootDir: '.',
  roots: ['<rootDir>/test/integration'],
  testEnvironment: 'node',
  testRegex: '\\.integration-spec\\.ts$',
  // Run on PostgreSQL only (jest.integration.postgres.config.js): PostgreSQL's own triggers through a plain
  // connection (the SQLite file's are in append-only), and the PostgreSQL harness's own tests.
  testPathIgnorePatterns: [
    '/node_modules/',
    '/append-only-postgres\\.integration-spec\\.ts$',
    '/postgres-cluster\\.integration-spec\\.ts$',
    // Two API processes on one database: an SQLite installation runs one process.
    '/processes\\.integration-spec\\.ts$',
    '/public-cache-processes\\.integration-spec\\.ts$',
  ],
  // A guard against a hung test, not a measure of speed: the CI runs this suite beside the e2e and
  // PostgreSQL lanes on two cores, where the heaviest tests (5 writers × 200 rounds, a backup under
  // a stream of writes) take three to four times as long as alone.
  testTimeout: 180000,
  // The migrated template database each test app copies (test/integration/support/template-database.ts).
  globalSetup: '<rootDir>/test/integration/support/template-setup.ts',
  globalTeardown: '<rootDir>/test/integration/support/template-teardown.ts',
  setupFiles: ['<rootDir>/test/integration/support/test-clock.ts'],
  // badge-maker is ESM-only: compiled to CommonJS like the sources, as jest's module system needs.
  transform: { '^.+\\.ts$|/node_modules/badge-maker/.+\\.js$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  transformIgnorePatterns: ['/node_modules/(?!badge-maker/)'],
  // The rules library's source, so the tests never run against a stale build of it.
  moduleNameMapper: { '^@tracker/rules$': '<rootDir>/../libs/rules/src/index.ts' },
};
