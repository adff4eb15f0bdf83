// `npm test`: typecheck, lint, rules, api unit, api integration, web, bundle budget, e2e — in
// that order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const nx = (...args) => ['npx', 'nx', ...args, '--output-style=stream'];

const steps = [
  ['typecheck', nx('run-many', '-t', 'typecheck')],
  ['lint', ['npx', 'eslint', '.', '--max-warnings=0']],
  ['format', ['npx', 'prettier', '--check', '.']],
  ['rules', nx('run', 'rules:test')],
  ['api unit', nx('run', 'api:test')],
  ['api integration', nx('run', 'api:integration')],
  ['web', nx('run', 'web:test')],
  // The JavaScript of a first visit to a plan dashboard stays within 150 KB gzip (docs/adr/0002).
  [
    'bundle budget',
    ['sh', '-c', `${nx('run-many', '-t', 'build', '--projects=api,web').join(' ')} && node bench/bundle-size.mjs`],
  ],
  ['e2e', nx('run', 'e2e:e2e')],
];

const started = Date.now();
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n=== ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`=== ${name} passed in ${((Date.now() - stepStarted) / 1000).toFixed(0)} s`);
}
console.log(`\nAll ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
