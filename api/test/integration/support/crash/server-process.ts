import { Exited, runNode } from '../process';

const READY = /Serving the dashboard and \/graphql at (http:\/\/[\w.:[\]-]+)/;

/** The built server (`dist/main.js`) running as a process of its own. */
export interface ServerProcess {
  url: string;
  /** How long it took from the start of the process to serving. */
  startMs: number;
  /** Ends the process at once, as a power cut or the kernel's OOM killer would. */
  kill(): Promise<Exited>;
  /** Asks it to stop cleanly. */
  stop(): Promise<Exited>;
  /** What it has printed so far, and whether it has exited: for a failure to say why. */
  state(): string;
}

/** Starts the server on a free port and waits, generously, until it serves. */
export async function startServer(env: Record<string, string>, waitMs = 120_000): Promise<ServerProcess> {
  const started = performance.now();
  const { child, exited, output } = runNode('main.js', { PORT: '0', ...env });
  let gone = false;
  void exited.then(() => (gone = true));
  const until = Date.now() + waitMs;
  let ready = READY.exec(output());
  while (!ready) {
    if (gone || Date.now() > until) {
      if (!gone) child.kill('SIGKILL');
      throw new Error(`The server did not start${gone ? ' (it exited)' : ''}; its output:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    ready = READY.exec(output());
  }
  const end = (signal: NodeJS.Signals) => () => {
    child.kill(signal);
    return exited;
  };
  return {
    url: ready[1].replace('[::1]', '127.0.0.1'),
    startMs: performance.now() - started,
    kill: end('SIGKILL'),
    stop: end('SIGTERM'),
    state: () =>
      `${gone ? 'the server has exited' : 'the server is running'}; the end of its output:\n${output().slice(-4000)}`,
  };
}
