// The crash harness (api/test/integration/support/crash/) as a benchmark: cycles of writes, SIGKILL
// and restart, then its figures (acknowledged writes by kind, lost writes, integrity_check, foreign
// key violations, restart time). It runs the harness's own spec through jest, with more cycles.
// Usage: npm run bench:crash -- [cycles, default 1000] [seed, default random]. CRASH_DATABASE_URL
// runs it on that database instead of a fresh SQLite file. Needs a built api (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const api = join(dirname(fileURLToPath(import.meta.url)), '..', 'api');
const [cycles = '1000', seed = ''] = process.argv.slice(2);
if (!/^\d+$/.test(cycles) || (seed && !/^\d+$/.test(seed))) {
  console.error('Usage: npm run bench:crash -- [cycles] [seed]');
  process.exit(2);
}
if (!existsSync(join(api, 'dist', 'main.js'))) {
  console.error('Build the api first: npm run build');
  process.exit(2);
}
const jest = ['jest', '--config', 'jest.integration.config.js', '--runInBand', 'crash.integration-spec'];
const result = spawnSync('npx', jest, {
  cwd: api,
  env: { ...process.env, CRASH_CYCLES: cycles, CRASH_SEED: seed },
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
