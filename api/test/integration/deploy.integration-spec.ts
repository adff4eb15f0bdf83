import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadConfig } from '../../src/config/app-config';
import { CADDYFILE, startCaddy } from './support/caddy';
import { openPlainConnection } from './support/plain-sqlite';
import { runNode } from './support/process';
import { send, Sent } from './support/send';
import { freePort, tracker } from './support/served';

const ROOT = join(__dirname, '..', '..', '..');
const DEPLOY = join(ROOT, 'deploy');
const read = (name: string): string => readFileSync(join(DEPLOY, name), 'utf8');

/** The values of a key in a systemd unit, in order (a key may repeat). */
function unitValues(unit: string, key: string): string[] {
  return unit
    .split('\n')
    .filter((line) => line.startsWith(`${key}=`))
    .map((line) => line.slice(key.length + 1));
}

/** `Environment=NAME=value` lines of a unit as a map. */
const unitEnvironment = (unit: string): Record<string, string> =>
  Object.fromEntries(unitValues(unit, 'Environment').map((pair) => pair.split(/=(.*)/s).slice(0, 2)));

/**
 * A unit's command line as systemd splits it: words, '…' quoting, `$$` and `%%` unescaped,
 * ${NAME} replaced, and `%i` replaced by the instance's name (a template's `tracker@3001`: 3001).
 */
function commandLine(line: string, environment: Record<string, string>, instance = ''): string[] {
  const words = line.match(/'[^']*'|\S+/g) ?? [];
  return words.map((word) =>
    word
      .replace(/^'(.*)'$/s, '$1')
      .replace(/\$\{(\w+)\}/g, (_, name: string) => environment[name])
      .replace(/\$\$/g, '$')
      .replace(/%([%i])/g, (_, letter: string) => (letter === 'i' ? instance : '%')),
  );
}

/** The settings file as `set -a; . FILE` reads it. */
const settings = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );

/** The environment systemd gives a unit's processes: EnvironmentFile= wins over Environment=. */
const serviceEnvironment = (unit: string, envFile: string): Record<string, string> => ({
  ...unitEnvironment(unit),
  ...settings(envFile),
});

/** The lines of a unit that are settings, without comments and blank lines. */
const unitSettings = (unit: string): string[] =>
  unit.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));

interface UnitServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

describe('deploy/: the systemd units, the settings file and the tracker command for a server', () => {
  let folder: string;
  let database: string;
  /** The server's paths, moved into the test's folder. */
  let relocate: (text: string) => string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-deploy-'));
    for (const sub of ['etc', 'lib', 'backups']) mkdirSync(join(folder, sub));
    relocate = (text) =>
      text
        .replaceAll('/etc/tracker/env', join(folder, 'etc', 'env'))
        .replaceAll('/var/lib/tracker', join(folder, 'lib'))
        .replaceAll('/var/backups/tracker', join(folder, 'backups'))
        .replaceAll('/opt/tracker', ROOT);
    writeFileSync(join(folder, 'etc', 'env'), relocate(read('env.example')));
    database = settings(relocate(read('env.example'))).DATABASE_URL;
    const seeded = await runNode('cli/tracker.js', { DATABASE_URL: database }, ['seed']).exited;
    expect(seeded.code).toBe(0);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /**
   * Runs a unit's ExecStart as systemd would (its user and sandbox aside): in its working
   * folder, with the settings file and the unit's Environment=, `%i` as `instance`, and `env`
   * on top for what the test must change. Resolves once the server says where it serves.
   */
  async function startUnitServer(name: string, instance = '', env: Record<string, string> = {}): Promise<UnitServer> {
    const unit = read(name);
    const environment = { ...serviceEnvironment(unit, relocate(read('env.example'))), ...env };
    const [command, ...args] = commandLine(relocate(unitValues(unit, 'ExecStart')[0]), environment, instance);
    const child: ChildProcess = spawn(command, args, {
      cwd: relocate(unitValues(unit, 'WorkingDirectory')[0]),
      env: { PATH: process.env.PATH ?? '', ...environment },
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const stop = async (): Promise<void> => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    };
    const until = Date.now() + 60_000;
    let url: string | undefined;
    while (!url && Date.now() < until && child.exitCode === null) {
      url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!url) {
      await stop();
      throw new Error(`${name} did not start:\n${output}`);
    }
    return { url, output: () => output, stop };
  }

  it('passes systemd-analyze verify', () => {
    const units = [
      'tracker.service',
      'tracker@.service',
      'tracker-backup.service',
      'tracker-backup.timer',
      'tracker-pg-backup.service',
      'tracker-pg-backup.timer',
    ].map((name) => join(DEPLOY, name));
    const verified = spawnSync('systemd-analyze', ['verify', ...units], { encoding: 'utf8' });
    expect(verified.error).toBeUndefined();
    expect({ status: verified.status, complaints: verified.stderr + verified.stdout }).toEqual({
      status: 0,
      complaints: '',
    });
  });

  it('lets each service write only where the settings put the database and the backups', () => {
    const server = read('tracker.service');
    const backup = read('tracker-backup.service');
    const env = settings(read('env.example'));
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '127.0.0.1', DEMO_DATA: 'off', TRUST_PROXY: '1' });
    const dataFolder = env.DATABASE_URL.replace(/\/[^/]+$/, '');
    for (const unit of [server, read('tracker@.service'), backup]) {
      expect(unitValues(unit, 'User')).toEqual(['tracker']);
      expect(unitValues(unit, 'EnvironmentFile')).toEqual(['/etc/tracker/env']);
      expect(unitValues(unit, 'ProtectSystem')).toEqual(['strict']);
      expect(unitValues(unit, 'NoNewPrivileges')).toEqual(['yes']);
      expect(unitValues(unit, 'ReadWritePaths')[0].split(' ')).toContain(dataFolder);
    }
    expect(unitValues(backup, 'ReadWritePaths')[0].split(' ')).toContain('/var/backups/tracker');
    expect(read('tracker')).toContain('. /etc/tracker/env');
    expect(unitValues(server, 'Restart')).toEqual(['on-failure']);
    // The PostgreSQL backup runs as postgres on PostgreSQL's machine, through its socket only.
    const pgBackup = read('tracker-pg-backup.service');
    expect(unitValues(pgBackup, 'User')).toEqual(['postgres']);
    expect(unitValues(pgBackup, 'EnvironmentFile')).toEqual([]);
    expect(unitValues(pgBackup, 'ProtectSystem')).toEqual(['strict']);
    expect(unitValues(pgBackup, 'NoNewPrivileges')).toEqual(['yes']);
    expect(unitValues(pgBackup, 'PrivateNetwork')).toEqual(['yes']);
    expect(unitValues(pgBackup, 'ReadWritePaths')).toEqual(['/var/backups/tracker']);
  });

  it('makes tracker@.service tracker.service for the port its instance names, and nothing else', () => {
    const single = unitSettings(read('tracker.service'));
    const template = unitSettings(read('tracker@.service'));
    const differing = ['Description', 'After', 'ExecStart', 'SyslogIdentifier'];
    const same = (lines: string[]): string[] =>
      lines.filter((line) => !differing.some((key) => line.startsWith(`${key}=`)));
    expect(same(template)).toEqual(same(single));
    const execStart = (lines: string[]): string => lines.find((line) => line.startsWith('ExecStart='))!;
    expect(execStart(template)).toBe(execStart(single).replace('ExecStart=', 'ExecStart=/usr/bin/env PORT=%i '));
  });

  it('takes the PostgreSQL lines of env.example, uncommented, as a valid PostgreSQL configuration', () => {
    const uncommented = read('env.example').replace(/^#(DATABASE_URL|DATABASE_POOL_SIZE)=/gm, '$1=');
    const env = settings(uncommented);
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\//);
    const config = loadConfig(env);
    expect(config.database.kind).toBe('postgres');
    expect(config.DATABASE_POOL_SIZE).toBe(Number(env.DATABASE_POOL_SIZE));
  });

  it('starts the server with tracker.service’s command and settings, ready behind 127.0.0.1', async () => {
    const server = await startUnitServer('tracker.service', '', { PORT: '0' });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('starts tracker@PORT on its own port, whatever PORT the settings file gives', async () => {
    expect(settings(read('env.example')).PORT).toBe('3000');
    const port = String(await freePort());
    const server = await startUnitServer('tracker@.service', port);
    try {
      expect(server.url).toBe(`http://127.0.0.1:${port}`);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  /**
   * Runs a backup unit as its timer would, ExecStart then ExecStartPost, with the unit's
   * Environment= over `env`, once an earlier backup older than KEEP_DAYS days and a recent one
   * are in the backups folder. Says what the commands printed and where the two earlier ones are.
   */
  function runBackupUnit(
    name: string,
    env: Record<string, string>,
    extension: string,
  ): { said: string; old: string; recent: string } {
    const unit = read(name);
    const environment: Record<string, string> = { PATH: process.env.PATH ?? '', ...env, ...unitEnvironment(unit) };
    const old = join(folder, 'backups', `tracker-20260101T031500Z${extension}`);
    const recent = join(folder, 'backups', `tracker-20261120T031500Z${extension}`);
    for (const [file, days] of [
      [old, Number(environment.KEEP_DAYS) + 2],
      [recent, 3],
    ] as const) {
      writeFileSync(file, 'an earlier backup');
      const when = new Date(Date.now() - days * 24 * 3600 * 1000);
      utimesSync(file, when, when);
    }
    let said = '';
    for (const key of ['ExecStart', 'ExecStartPost']) {
      const [command, ...args] = commandLine(relocate(unitValues(unit, key)[0]), environment);
      const ran = spawnSync(command, args, { env: environment, encoding: 'utf8' });
      expect({ key, status: ran.status, output: ran.stderr }).toEqual({ key, status: 0, output: '' });
      said += ran.stdout;
    }
    return { said, old, recent };
  }

  it('backs up with the backup unit’s commands and keeps KEEP_DAYS days of backups', () => {
    const { said, old } = runBackupUnit('tracker-backup.service', settings(relocate(read('env.example'))), '.sqlite');
    expect(said).toContain('integrity check: ok');
    const kept = readdirSync(join(folder, 'backups'));
    expect(kept).toHaveLength(2);
    expect(kept).toContain('tracker-20261120T031500Z.sqlite');
    expect(kept.find((name) => !name.startsWith('tracker-20261120'))).toMatch(/^tracker-\d{8}T\d{6}Z\.sqlite$/);
    expect(existsSync(old)).toBe(false);
  });

  it('runs the tracker command with the settings file only', async () => {
    const wrapper = join(folder, 'tracker');
    writeFileSync(wrapper, relocate(read('tracker')).replace('/usr/bin/node', process.execPath));
    chmodSync(wrapper, 0o755);
    const to = join(folder, 'by-hand.sqlite');
    const ran = spawnSync(wrapper, ['backup', '--to', to], { env: { PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
    expect(ran.status).toBe(0);
    expect(ran.stdout).toContain(`Backed up ${database} to ${to}`);
    const copy = await openPlainConnection(to);
    expect(await copy.all('SELECT COUNT(*) AS n FROM organisation')).toEqual([{ n: 3 }]);
    await copy.close();
  });

  it('has Caddyfile and Caddyfile.postgres that Caddy validates', () => {
    const home = mkdtempSync(join(tmpdir(), 'tracker-caddy-validate-'));
    try {
      for (const file of [CADDYFILE, join(DEPLOY, 'Caddyfile.postgres')]) {
        const validated = spawnSync('caddy', ['validate', '--config', file, '--adapter', 'caddyfile'], {
          cwd: home,
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH ?? '',
            HOME: home,
            XDG_DATA_HOME: join(home, 'data'),
            XDG_CONFIG_HOME: join(home, 'config'),
            TRACKER_DOMAIN: 'tracker.example.org',
            CADDY_ADMIN: 'off',
          },
        });
        expect(validated.error).toBeUndefined();
        expect({ file, status: validated.status, said: validated.stdout.trim() }).toEqual({
          file,
          status: 0,
          said: 'Valid configuration',
        });
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  describe('two instances of tracker@.service behind Caddyfile.postgres (a real Caddy)', () => {
    const instances: UnitServer[] = [];
    const ports: string[] = [];
    const databases: string[] = [];
    let caddy: Awaited<ReturnType<typeof startCaddy>>;

    /**
     * Instance `index` on its port. The proxy needs two processes, not PostgreSQL: each reads a
     * copy of the test's SQLite database.
     */
    const startInstance = async (index: number): Promise<void> => {
      // At debug, answers sent from memory get a request line too: each answer names its instance.
      instances[index] = await startUnitServer('tracker@.service', ports[index], {
        DATABASE_URL: databases[index],
        LOG_LEVEL: 'debug',
      });
    };

    beforeAll(async () => {
      for (const index of [0, 1]) {
        ports.push(String(await freePort()));
        databases.push(join(folder, 'lib', `instance-${index}.sqlite`));
        copyFileSync(database, databases[index]);
        await startInstance(index);
      }
      caddy = await startCaddy(
        { TRACKER_UPSTREAM_1: `127.0.0.1:${ports[0]}`, TRACKER_UPSTREAM_2: `127.0.0.1:${ports[1]}` },
        await freePort(),
        join(DEPLOY, 'Caddyfile.postgres'),
      );
    }, 240_000);
    afterAll(async () => {
      await caddy?.stop();
      for (const instance of instances) await instance?.stop();
    });

    /** A request through Caddy: a GET of /readyz, or a POST of a GraphQL query. */
    const through = (kind: 'get' | 'post'): Promise<Sent> =>
      kind === 'get'
        ? send({ port: caddy.port, ca: caddy.ca, path: '/readyz' })
        : send({ port: caddy.port, ca: caddy.ca, path: '/graphql', json: { query: '{ __typename }' } });

    /** Which instance logged the request whose id the answer carries. */
    const servedBy = async (answer: Sent): Promise<number> => {
      const id = String(answer.headers['x-request-id']);
      const until = Date.now() + 10_000;
      for (;;) {
        const found = instances.findIndex((instance) => instance.output().includes(`"requestId":"${id}"`));
        if (found >= 0) return found;
        if (Date.now() > until) throw new Error(`no instance logged request ${id}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    it('shares the requests between the two processes', async () => {
      const served: number[] = [];
      for (let round = 0; round < 8; round++) {
        const answer = await through(round % 2 === 0 ? 'get' : 'post');
        expect(answer.status).toBe(200);
        served.push(await servedBy(answer));
      }
      expect(new Set(served)).toEqual(new Set([0, 1]));
    });

    /** How many POSTs of /graphql an instance has run to the end. */
    const postsRun = (instance: UnitServer): number =>
      instance
        .output()
        .split('\n')
        .filter((line) => line.includes('"method":"POST","path":"/graphql"') && line.includes('request completed'))
        .length;

    it('answers every read while one process restarts, refuses a write with 502 only unrun, and shares again', async () => {
      const runBefore = postsRun(instances[1]);
      await instances[0].stop();
      // Straight after the stop, before a health check has seen it: a read that Caddy cannot
      // hand to the stopped process goes to the other. Caddy 2.6 cannot do that with a body, so
      // a write may get 502 Bad Gateway; it never ran, and sending it again works.
      let written = 0;
      for (let round = 0; round < 10; round++) {
        const read = await through('get');
        expect(read.status).toBe(200);
        expect(await servedBy(read)).toBe(1);
        const write = await through('post');
        expect([200, 502]).toContain(write.status);
        if (write.status === 200) {
          expect(await servedBy(write)).toBe(1);
          written++;
        }
      }
      expect(written).toBeGreaterThan(0);
      expect(postsRun(instances[1]) - runBefore).toBe(written);
      // Once the health check has seen it stopped, every write goes to the other at once.
      let inRow = 0;
      const until = Date.now() + 30_000;
      while (inRow < 10 && Date.now() < until) inRow = (await through('post')).status === 200 ? inRow + 1 : 0;
      expect(inRow).toBe(10);
      // Started again, it is back in the rotation once a health check has seen it ready.
      await startInstance(0);
      let back = false;
      while (!back && Date.now() < until + 30_000) {
        const answer = await through('get');
        expect(answer.status).toBe(200);
        back = (await servedBy(answer)) === 0;
      }
      expect(back).toBe(true);
    });
  });

  describe('tracker-pg-backup.service and the restore of docs/operations.md, on a throwaway PostgreSQL', () => {
    /** Debian's pg_virtualenv keeps a cluster of its own (pg_hba as Debian's) until its command ends. */
    let virtualenv: ChildProcess;
    /** PGHOST, PGPORT, PGUSER (the superuser postgres) and PGPASSWORD of that cluster. */
    let pg: Record<string, string>;
    const password = 'a-password-for-the-tracker-role';
    const trackerUrl = (): string => `postgres://tracker:${password}@${pg.PGHOST}:${pg.PGPORT}/tracker`;

    /** Runs a PostgreSQL program as the superuser, like `sudo -u postgres …`; fails with its output. */
    const asPostgres = (program: string, args: string[]): string => {
      const ran = spawnSync(program, args, { env: { PATH: process.env.PATH ?? '', ...pg }, encoding: 'utf8' });
      if (ran.status !== 0) throw new Error(`${program} ${args.join(' ')}: ${ran.error ?? ''}${ran.stderr}`);
      return ran.stdout;
    };
    /** The database made as docs/operations.md makes it. */
    const createDatabase = (): string =>
      asPostgres('createdb', [
        '--owner=tracker',
        '--template=template0',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
        'tracker',
      ]);
    const slugs = (database: string): string =>
      asPostgres('psql', [
        '-d',
        database,
        '-Atc',
        "SELECT string_agg(slug, ' ' ORDER BY slug) FROM organisation",
      ]).trim();

    beforeAll(async () => {
      virtualenv = spawn('pg_virtualenv', ['-t', 'sh', '-c', 'env; exec cat'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let output = '';
      virtualenv.stdout!.on('data', (chunk) => (output += chunk));
      virtualenv.stderr!.on('data', (chunk) => (output += chunk));
      const until = Date.now() + 60_000;
      while (!/^PGPORT=/m.test(output) || !/^PGPASSWORD=/m.test(output)) {
        if (virtualenv.exitCode !== null || Date.now() > until) throw new Error(`pg_virtualenv:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      pg = Object.fromEntries(
        ['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD'].map((name) => [
          name,
          new RegExp(`^${name}=(.*)$`, 'm').exec(output)![1],
        ]),
      );
      asPostgres('psql', ['-v', 'ON_ERROR_STOP=1', '-c', `CREATE ROLE tracker LOGIN PASSWORD '${password}'`]);
      createDatabase();
      await tracker(trackerUrl(), ['migrate']);
      await tracker(trackerUrl(), ['org:create', '--slug', 'before-backup', '--name', 'Before the backup']);
    }, 120_000);
    afterAll(async () => {
      if (!virtualenv) return;
      const exited = new Promise((resolve) => virtualenv.once('exit', resolve));
      virtualenv.stdin!.end();
      await exited;
    });

    it('dumps with pg_dump, keeps KEEP_DAYS days, and the dump restores into a new database', async () => {
      const { said, recent } = runBackupUnit('tracker-pg-backup.service', pg, '.dump');
      const backups = join(folder, 'backups');
      const dumps = readdirSync(backups).filter((name) => name.endsWith('.dump') || name.includes('.partial'));
      const dump = dumps.find((name) => /^tracker-\d{8}T\d{6}Z\.dump$/.test(name) && name !== basename(recent))!;
      expect(dumps.sort()).toEqual([dump, basename(recent)].sort());
      expect(said).toContain(`Backed up tracker to ${join(backups, dump)}`);
      expect(readFileSync(join(backups, dump)).subarray(0, 5).toString()).toBe('PGDMP');

      // Written after the backup: gone from the restored record, kept in the replaced database.
      await tracker(trackerUrl(), ['org:create', '--slug', 'after-backup', '--name', 'After the backup']);
      asPostgres('psql', ['-v', 'ON_ERROR_STOP=1', '-c', 'ALTER DATABASE tracker RENAME TO tracker_replaced_test']);
      createDatabase();
      asPostgres('pg_restore', ['--dbname=tracker', '--exit-on-error', '--single-transaction', join(backups, dump)]);

      expect(slugs('tracker')).toBe('before-backup');
      expect(slugs('tracker_replaced_test')).toBe('after-backup before-backup');
      expect(await tracker(trackerUrl(), ['migrate'])).toContain('Migrations applied.');
      const owners = asPostgres('psql', [
        '-d',
        'tracker',
        '-Atc',
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
      ]);
      expect(owners.trim()).toBe('tracker');
      // The restored audit log is still append-only (its triggers came back), and the record takes new writes.
      const refused = spawnSync('psql', ['-d', 'tracker', '-c', 'DELETE FROM audit_event'], {
        env: { PATH: process.env.PATH ?? '', ...pg },
        encoding: 'utf8',
      });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain('append-only');
      await tracker(trackerUrl(), ['org:create', '--slug', 'after-restore', '--name', 'After the restore']);
      expect(slugs('tracker')).toBe('after-restore before-backup');
    });
  });
});
