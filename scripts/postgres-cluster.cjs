// A throwaway PostgreSQL cluster on a free port of 127.0.0.1, for the integration tests on
// PostgreSQL (api/test/integration/support/postgres-cluster.ts) and the PostgreSQL benchmark
// (bench/postgres.mjs). Plain CommonJS, so that jest's TypeScript and the benchmarks' plain
// Node both load it as it is; its types are in postgres-cluster.d.cts.
'use strict';
const { execFileSync, spawn, spawnSync } = require('node:child_process');
const { chownSync, mkdtempSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

/** Where Debian's `postgresql` packages put each major version's programs. */
const INSTALLED = '/usr/lib/postgresql';
const OLDEST = 15;
const INSTALL = 'apt-get install -y --no-install-recommends postgresql';

/** A port nothing listens on right now, on 127.0.0.1. */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function names(folder) {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** The programs of the highest PostgreSQL major version installed, at least 15. */
function postgresPrograms(installed = INSTALLED) {
  const versions = names(installed)
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((version) => version >= OLDEST)
    .sort((a, b) => b - a);
  if (versions.length === 0)
    throw new Error(
      `The integration tests on PostgreSQL need PostgreSQL ${OLDEST} or newer, and ${installed} has none. ` +
        `Install it with: sudo ${INSTALL} (or set TEST_DATABASE_URL to a server whose user may CREATE DATABASE).`,
    );
  return { bin: join(installed, String(versions[0]), 'bin'), version: versions[0] };
}

/**
 * Whom the cluster's programs run as: the current user, or, as PostgreSQL refuses to run as root,
 * the `postgres` system user Debian's package creates.
 */
function clusterUser(name = 'postgres') {
  if (process.getuid?.() !== 0) return undefined;
  let entry;
  try {
    entry = execFileSync('getent', ['passwd', name], { encoding: 'utf8' });
  } catch {
    throw new Error(
      `PostgreSQL refuses to run as root, and this machine has no \`${name}\` user to run the test cluster as. ` +
        `Debian's package creates it: sudo ${INSTALL} (or set TEST_DATABASE_URL).`,
    );
  }
  const [, , uid, gid] = entry.trim().split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Runs one of the cluster's programs to its end; fails with its output unless it succeeds. The
 * working folder is the cluster's own, which the `postgres` user can enter.
 */
function runProgram(program, args, folder, as) {
  const ran = spawnSync(program, args, { cwd: folder, encoding: 'utf8', timeout: 60_000, ...as });
  if (ran.status !== 0)
    throw new Error(
      `${program} ${args.join(' ')} failed (${ran.error?.message ?? `exit ${ran.status ?? ran.signal}`}):\n${ran.stdout}${ran.stderr}`,
    );
}

/**
 * `initdb` and `pg_ctl start` in a new temp folder: byte-order collation (C.UTF-8, as SQLite
 * compares text), no durability (a throwaway cluster: fsync, synchronous commit and full-page
 * writes off) unless `durable` (PostgreSQL's defaults, as a real server runs, for measurements),
 * connections for the whole suite, the socket in the folder. A watchdog process stops the server
 * and removes the folder should this process end without `stop()`, killed included, so no
 * cluster outlives a run.
 */
async function startPostgresCluster({ durable = false } = {}) {
  const { bin, version } = postgresPrograms();
  const as = clusterUser();
  const folder = mkdtempSync(join(tmpdir(), 'tracker-pg-'));
  const data = join(folder, 'data');
  const log = join(folder, 'server.log');
  const pgCtl = join(bin, 'pg_ctl');
  try {
    if (as) chownSync(folder, as.uid, as.gid);
    runProgram(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'tracker', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions'],
      folder,
      as,
    );
    const port = await startServer(pgCtl, data, folder, log, as, durable);
    const watchdog = await startWatchdog(pgCtl, data, folder, as);
    return {
      url: `postgres://tracker@127.0.0.1:${port}/postgres`,
      version,
      async stop() {
        try {
          runProgram(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop'], folder, as);
        } finally {
          rmSync(folder, { recursive: true, force: true });
          const exited = new Promise((resolve) => watchdog.once('exit', resolve));
          watchdog.ref();
          watchdog.stdin.end();
          await exited;
        }
      },
    };
  } catch (error) {
    spawnSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: folder, stdio: 'ignore', ...as });
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** `pg_ctl -w start` on a free port, with another port should another process take the one found first. */
async function startServer(pgCtl, data, folder, log, as, durable) {
  const throwaway = durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const options = [`-p ${port}`, '-h 127.0.0.1', `-k '${folder}'`, ...throwaway, '-c max_connections=300'].join(' ');
    try {
      runProgram(pgCtl, ['-D', data, '-l', log, '-o', options, '-w', 'start'], folder, as);
      return port;
    } catch (error) {
      const taken = readFileSync(log, 'utf8').includes('Address already in use');
      if (!taken || attempt === 3) throw new Error(`${error.message}\n${readFileSync(log, 'utf8')}`);
    }
  }
}

/**
 * A process that waits for this one to end (its stdin closes then, however this one ends) or for
 * a signal, then stops the server at once and removes the folder. `stop()` closes its stdin after
 * stopping the server itself, and it exits finding nothing left to do.
 */
async function startWatchdog(pgCtl, data, folder, as) {
  const script = `
    const { spawnSync } = require('node:child_process');
    const { existsSync, rmSync } = require('node:fs');
    const [pgCtl, data, folder, as] = process.argv.slice(1);
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      if (existsSync(data + '/postmaster.pid'))
        spawnSync(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: folder, stdio: 'ignore', ...JSON.parse(as) });
      rmSync(folder, { recursive: true, force: true });
      process.exit(0);
    };
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stop);
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
    process.stdout.write('watching\\n');
  `;
  const watchdog = spawn(process.execPath, ['-e', script, pgCtl, data, folder, JSON.stringify(as ?? {})], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // Until it watches, a signal would end it before it could stop the server.
  await new Promise((resolve, reject) => {
    watchdog.stdout.once('data', () => resolve());
    watchdog.once('exit', (code) => reject(new Error(`The cluster's watchdog exited (${code}) before it watched.`)));
  });
  watchdog.stdout.destroy();
  watchdog.unref();
  watchdog.stdin.unref();
  return watchdog;
}

module.exports = { clusterUser, postgresPrograms, startPostgresCluster };
