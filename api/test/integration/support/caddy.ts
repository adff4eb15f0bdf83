import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './served';
import { send } from './send';

/** The reverse proxy configuration shipped in the repository, used as it is. */
export const CADDYFILE = join(__dirname, '..', '..', '..', '..', 'deploy', 'Caddyfile');

export interface Caddy {
  /** The HTTPS port Caddy serves the site on (as `localhost`). */
  port: number;
  /** The root certificate of Caddy's internal authority, which signed the site's certificate. */
  ca: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * A real Caddy running `config` (deploy/Caddyfile unless given) for the site `localhost:<port>`
 * in front of `upstream`, or of the upstreams an object names by their variables
 * (`TRACKER_UPSTREAM_1` and `_2` of deploy/Caddyfile.postgres): Caddy gives a name like
 * localhost a certificate from its own internal authority (`tls internal`), kept with its other
 * state in a temp folder (XDG_DATA_HOME). Fails, never skips, when the caddy binary is missing.
 */
export async function startCaddy(
  upstream: string | Record<string, string>,
  port: number,
  config = CADDYFILE,
): Promise<Caddy> {
  if (spawnSync('caddy', ['version']).error) throw new Error('install caddy: apt-get install -y caddy');
  const home = mkdtempSync(join(tmpdir(), 'tracker-caddy-'));
  const httpPort = await freePort();
  const child = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    cwd: home,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      TRACKER_DOMAIN: `localhost:${port}`,
      ...(typeof upstream === 'string' ? { TRACKER_UPSTREAM: upstream } : upstream),
      CADDY_HTTP_PORT: String(httpPort),
      CADDY_ADMIN: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(home, { recursive: true, force: true });
  };
  const root = join(home, 'data', 'caddy', 'pki', 'authorities', 'local', 'root.crt');
  const until = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caddy exited:\n${output}`);
    if (existsSync(root)) {
      const ca = readFileSync(root, 'utf8');
      const ready = await send({ port, ca, path: '/healthz' }).catch(() => null);
      if (ready?.status === 200) return { port, ca, output: () => output, stop };
    }
    if (Date.now() > until) {
      await stop();
      throw new Error(`caddy did not serve https://localhost:${port}/healthz in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
