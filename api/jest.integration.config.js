const { readFileSync } = require('node:fs');
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** Integration tests: the whole app over HTTP against a real SQLite file. */
module.exports = {
  rootDir: '.',
  roots: ['<rootDir>/test/integration'],
  testEnvironment: 'node',
  testRegex: '\\.integration-spec\\.ts$',
  // PostgreSQL's own: its triggers, through a plain connection (the SQLite file's are in append-only).
  testPathIgnorePatterns: ['/node_modules/', 'append-only-postgres'],
  testTimeout: 60000,
  setupFiles: ['<rootDir>/test/integration/support/test-clock.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // The rules library's source, so the tests never run against a stale build of it.
  moduleNameMapper: { '^@tracker/rules$': '<rootDir>/../libs/rules/src/index.ts' },
};
