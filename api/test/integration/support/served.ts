import { copyFileSync, mkdtempSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode, waitForOutput } from './process';
import { TestFolder } from './test-database';

const READY = 'Serving the dashboard and /graphql';

/** A port nothing listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Runs `tracker …` (the built CLI) against `database`; fails with its output unless it succeeds. */
export async function tracker(database: string, args: string[], input?: string): Promise<string> {
  const { exited } = runNode('cli/tracker.js', { DATABASE_URL: database }, args, { input });
  const { code, output } = await exited;
  if (code !== 0) throw new Error(`tracker ${args.join(' ')} exited ${code}:\n${output}`);
  return output;
}

/**
 * A new test database of `folder` with the demo loaded through the CLI and `password` set for
 * each of `emails`, so that the server started on it never prints a password.
 */
export async function preparedDatabase(folder: TestFolder, emails: string[], password: string): Promise<string> {
  const database = await folder.database();
  await tracker(database, ['seed']);
  for (const email of emails)
    await tracker(database, ['user:password', '--email', email, '--password-stdin'], password);
  return database;
}

/** A copy of a closed SQLite database in a new temp folder, to start another server on the same data. */
export function copiedDatabase(database: string): string {
  const copy = join(mkdtempSync(join(tmpdir(), 'tracker-served-')), 'tracker.sqlite');
  copyFileSync(database, copy);
  return copy;
}

/** How long a test may take to prepare a database and start servers on a busy machine. */
export const STARTING_MS = 240_000;

export interface Served {
  port: number;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** The built server (dist/main.js) on a free port of 127.0.0.1 with `env`, once it is serving. */
export async function serve(database: string, env: Record<string, string>): Promise<Served> {
  const port = await freePort();
  const served = runNode('main.js', { DATABASE_URL: database, HOST: '127.0.0.1', PORT: String(port), ...env });
  try {
    await Promise.race([
      waitForOutput(served.output, READY, 120_000),
      served.exited.then(({ output }) => Promise.reject(new Error(`The server exited:\n${output}`))),
    ]);
  } catch (error) {
    served.child.kill('SIGKILL');
    throw error;
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    output: served.output,
    async stop() {
      served.child.kill('SIGTERM');
      await served.exited;
    },
  };
}
