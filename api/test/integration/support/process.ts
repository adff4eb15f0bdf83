import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..', '..', 'dist');

export interface Exited {
  code: number | null;
  output: string;
}

/** Runs a built entry point (`main.js`, `cli/tracker.js`) with the given environment. */
export function runNode(
  entry: string,
  env: Record<string, string>,
  args: string[] = [],
  options: { as?: { uid: number; gid: number }; input?: string } = {},
): { child: ChildProcess; exited: Promise<Exited>; output: () => string } {
  const child = spawn(process.execPath, [join(DIST, entry), ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    ...options.as,
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Exited>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  return { child, exited, output: () => output };
}

/** Waits until the output contains `text`, or fails after `ms`. */
export async function waitForOutput(read: () => string, text: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!read().includes(text)) {
    if (Date.now() > until) throw new Error(`Timed out waiting for "${text}"; output so far:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
