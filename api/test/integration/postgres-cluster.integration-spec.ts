import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { clusterUser, postgresPrograms, startPostgresCluster } from './support/postgres-cluster';
import { waitForOutput } from './support/process';

const CLUSTER_MODULE = join(__dirname, '..', '..', '..', 'scripts', 'postgres-cluster.cjs');

/** The folder of the cluster at `url` (its data folder's parent), asked of the server itself. */
async function clusterFolder(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return dirname((await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0].data_directory);
  } finally {
    await client.end();
  }
}

/** The command lines of the processes that name `folder`: the cluster's server while it runs. */
const processesIn = (folder: string): string[] =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(folder));

/** Waits until the cluster in `folder` is gone: no server process, no folder; fails after 20 s. */
async function gone(folder: string): Promise<void> {
  for (const until = Date.now() + 20_000; existsSync(folder) || processesIn(folder).length > 0;) {
    if (Date.now() > until)
      throw new Error(`The cluster in ${folder} is still there: ${processesIn(folder).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const refused = (url: string) =>
  expect(new Client({ connectionString: url }).connect()).rejects.toThrow(/ECONNREFUSED/);

describe('the throwaway PostgreSQL cluster of the integration tests', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-cluster-spec-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('uses the highest PostgreSQL installed, 15 or newer, and names the package when there is none', () => {
    const installed = join(folder, 'postgresql');
    for (const version of ['13', '15', '16']) mkdirSync(join(installed, version, 'bin'), { recursive: true });
    expect(postgresPrograms(installed)).toEqual({ bin: join(installed, '16', 'bin'), version: 16 });
    rmSync(join(installed, '15'), { recursive: true });
    rmSync(join(installed, '16'), { recursive: true });
    for (const none of [installed, join(folder, 'nowhere')])
      expect(() => postgresPrograms(none)).toThrow(
        'Install it with: sudo apt-get install -y --no-install-recommends postgresql',
      );
  });

  it('runs as the postgres system user when the tests run as root, and says so when that user is missing', () => {
    if (process.getuid?.() !== 0) {
      expect(clusterUser()).toBeUndefined();
      return;
    }
    expect(clusterUser()).toEqual({ uid: expect.any(Number), gid: expect.any(Number) });
    expect(() => clusterUser('no-such-tracker-user')).toThrow(
      /no `no-such-tracker-user` user .* sudo apt-get install -y --no-install-recommends postgresql/,
    );
  });

  it('starts on a free port of 127.0.0.1 in a temp folder and stop() leaves nothing behind', async () => {
    const started = Date.now();
    const cluster = await startPostgresCluster();
    process.stdout.write(`postgres-cluster: PostgreSQL ${cluster.version} started in ${Date.now() - started} ms\n`);
    const url = new URL(cluster.url);
    expect(url.hostname).toBe('127.0.0.1');
    const own = await clusterFolder(cluster.url);
    expect(own.startsWith(join(tmpdir(), 'tracker-pg-'))).toBe(true);
    expect(statSync(own).uid).toBe(clusterUser()?.uid ?? process.getuid?.());
    expect(processesIn(own).length).toBeGreaterThan(0);
    await cluster.stop();
    expect(existsSync(own)).toBe(false);
    expect(processesIn(own)).toEqual([]);
    await refused(cluster.url);
  });

  describe('when the process that started it ends without stop()', () => {
    /** A node process that starts a cluster with the module (plain CommonJS, as the benchmark loads it) and waits. */
    let owner: ChildProcess;
    let ownerOutput = '';
    beforeEach(() => {
      ownerOutput = '';
      owner = spawn(
        process.execPath,
        [
          '-e',
          `require(process.argv[1]).startPostgresCluster().then((cluster) => {
             process.stdout.write('URL ' + cluster.url + '\\n');
             setInterval(() => undefined, 60_000);
           });`,
          CLUSTER_MODULE,
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
      );
      owner.stdout!.on('data', (chunk) => (ownerOutput += chunk));
      owner.stderr!.on('data', (chunk) => (ownerOutput += chunk));
    });
    afterEach(() => {
      if (owner.exitCode === null && owner.signalCode === null) process.kill(-owner.pid!, 'SIGKILL');
    });

    const startedCluster = async (): Promise<{ url: string; own: string }> => {
      await waitForOutput(() => ownerOutput, 'URL ', 30_000);
      const url = /URL (\S+)/.exec(ownerOutput)![1];
      return { url, own: await clusterFolder(url) };
    };

    it('is stopped and removed when that process is killed (SIGKILL)', async () => {
      const { url, own } = await startedCluster();
      owner.kill('SIGKILL');
      await gone(own);
      await refused(url);
    });

    it('is stopped and removed when its process group is told to stop (SIGTERM), as npm test stops a step', async () => {
      const { url, own } = await startedCluster();
      process.kill(-owner.pid!, 'SIGTERM');
      await gone(own);
      await refused(url);
    });
  });
});
