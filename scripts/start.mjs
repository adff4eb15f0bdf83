// `npm start`: builds what is missing or out of date (Nx caches the rest), then serves the
// API and the dashboard from one process. The server migrates the database and seeds the demo
// when it is empty.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--output-style=stream'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('The build failed; see above. Nothing was started.');
  process.exit(build.status ?? 1);
}
createRequire(import.meta.url)(join(root, 'api', 'dist', 'main.js'));
