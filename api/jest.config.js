const { readFileSync } = require('node:fs');
const swcrc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));

/** Unit tests: services and helpers, beside the code (the rules are tested in libs/rules). */
module.exports = {
  rootDir: 'src',
  testEnvironment: 'node',
  testRegex: '\\.spec\\.ts$',
  // badge-maker is ESM-only: compiled to CommonJS like the sources, as jest's module system needs.
  transform: { '^.+\\.ts$|/node_modules/badge-maker/.+\\.js$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  transformIgnorePatterns: ['/node_modules/(?!badge-maker/)'],
  // The rules library's source, so the tests never run against a stale build of it.
  moduleNameMapper: { '^@tracker/rules$': '<rootDir>/../../libs/rules/src/index.ts' },
};
