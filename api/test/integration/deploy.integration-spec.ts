import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
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
import { join } from 'node:path';
import { openPlainConnection } from './support/plain-sqlite';
import { runNode } from './support/process';

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

/** A unit's command line as systemd splits it: words, '…' quoting, `$$` and `%%` unescaped, ${NAME} replaced. */
function commandLine(line: string, environment: Record<string, string>): string[] {
  const words = line.match(/'[^']*'|\S+/g) ?? [];
  return words.map((word) =>
    word
      .replace(/^'(.*)'$/s, '$1')
      .replace(/\$\{(\w+)\}/g, (_, name: string) => environment[name])
      .replace(/\$\$/g, '$')
      .replace(/%%/g, '%'),
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

  it('passes systemd-analyze verify', () => {
    const units = ['tracker.service', 'tracker-backup.service', 'tracker-backup.timer'].map((name) =>
      join(DEPLOY, name),
    );
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
    for (const unit of [server, backup]) {
      expect(unitValues(unit, 'User')).toEqual(['tracker']);
      expect(unitValues(unit, 'EnvironmentFile')).toEqual(['/etc/tracker/env']);
      expect(unitValues(unit, 'ProtectSystem')).toEqual(['strict']);
      expect(unitValues(unit, 'NoNewPrivileges')).toEqual(['yes']);
      expect(unitValues(unit, 'ReadWritePaths')[0].split(' ')).toContain(dataFolder);
    }
    expect(unitValues(backup, 'ReadWritePaths')[0].split(' ')).toContain('/var/backups/tracker');
    expect(read('tracker')).toContain('. /etc/tracker/env');
    expect(unitValues(server, 'Restart')).toEqual(['on-failure']);
  });

  it('starts the server with the unit’s command and settings, ready behind 127.0.0.1', async () => {
    const unit = read('tracker.service');
    const env = { ...settings(relocate(read('env.example'))), ...unitEnvironment(unit), PORT: '0' };
    const [command, ...args] = commandLine(relocate(unitValues(unit, 'ExecStart')[0]), env);
    const child = spawn(command, args, {
      cwd: relocate(unitValues(unit, 'WorkingDirectory')[0]),
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const until = Date.now() + 60_000;
      let url: string | undefined;
      while (!url && Date.now() < until) {
        url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(url).toBeDefined();
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('backs up with the backup unit’s commands and keeps KEEP_DAYS days of backups', () => {
    const unit = read('tracker-backup.service');
    const env = { ...settings(relocate(read('env.example'))), ...unitEnvironment(unit) };
    const backups = join(folder, 'backups');
    const old = join(backups, 'tracker-20260101T031500Z.sqlite');
    const recent = join(backups, 'tracker-20261120T031500Z.sqlite');
    for (const [file, days] of [
      [old, Number(env.KEEP_DAYS) + 2],
      [recent, 3],
    ] as const) {
      writeFileSync(file, 'an earlier backup');
      const when = new Date(Date.now() - days * 24 * 3600 * 1000);
      utimesSync(file, when, when);
    }
    for (const key of ['ExecStart', 'ExecStartPost']) {
      const [command, ...args] = commandLine(relocate(unitValues(unit, key)[0]), env);
      const ran = spawnSync(command, args, { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
      expect({ key, status: ran.status, output: ran.stderr }).toEqual({ key, status: 0, output: '' });
      if (key === 'ExecStart') expect(ran.stdout).toContain('integrity check: ok');
    }
    const kept = readdirSync(backups);
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
});
