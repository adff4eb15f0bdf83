// What the benchmarks share: the built api's paths, starting its server on a database, and medians.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const dist = join(root, 'api', 'dist');

/** The same browser and flags as the e2e suite (e2e/playwright.config.ts; docs/adr/0001-stack.md). */
export const CHROMIUM = {
  executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

/** A production server's environment on the SQLite file `database`, seeding the demo into it when empty. */
export const productionEnvironment = (database) => ({
  ...process.env,
  DATABASE_URL: database,
  NODE_ENV: 'production',
  DEMO_DATA: 'on',
  PORT: '0',
});

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Starts the built server with `env`; resolves once it listens, with its address and start time.
 * Its later output (a line per request) is read and dropped, so that a server under load never
 * waits for a full pipe.
 */
export function startServer(env) {
  const started = performance.now();
  const child = spawn(process.execPath, [join(dist, 'main.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const starting = (chunk) => {
      output += chunk;
      const match = /Serving the dashboard and \/graphql at (\S+)\//.exec(output);
      if (!match) return;
      child.stdout.off('data', starting).resume();
      resolve({ child, url: match[1].replace('[::1]', '127.0.0.1'), ms: performance.now() - started });
    };
    child.stdout.on('data', starting);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

/** Stops a server started by startServer (at once if it has already exited). */
export async function stopServer({ child }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
}
