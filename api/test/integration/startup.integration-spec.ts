import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode, waitForOutput } from './support/process';

const READY = 'Serving the dashboard and /graphql';

describe('starting the server (built dist/main.js)', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-start-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it.each([
    ['PORT', 'eighty'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://db/tracker'],
    ['TRUST_PROXY', 'true'],
  ])('stops at once on a bad %s, naming the variable', async (name, value) => {
    const { exited } = runNode('main.js', { DATABASE_URL: join(folder, 'db.sqlite'), [name]: value });
    const { code, output } = await exited;
    expect(code).toBe(1);
    expect(output).toContain(`${name}=`);
    expect(output).not.toMatch(/at \S+ \(/);
  });

  it('explains a port that is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { exited } = runNode('main.js', { DATABASE_URL: join(folder, 'db.sqlite'), PORT: String(port) });
      const { code, output } = await exited;
      expect(code).toBe(1);
      expect(output).toContain(`PORT=${port}: the port is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('explains an unwritable data folder', async () => {
    const data = join(folder, 'read-only');
    mkdirSync(data, { mode: 0o555 });
    chmodSync(folder, 0o755);
    // Root may write anywhere, so the server runs as an unprivileged user when the tests run as root.
    const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
    const { exited } = runNode('main.js', { DATABASE_URL: join(data, 'tracker.sqlite'), PORT: '0' }, [], {
      as: nobody,
    });
    const { code, output } = await exited;
    expect(code).toBe(1);
    expect(output).toContain(`Cannot write to the database folder ${data} (EACCES)`);
    expect(output).toContain('Set DATABASE_URL');
  });

  it('seeds an empty database, keeps the data on a second start and closes cleanly on SIGTERM', async () => {
    const env = { DATABASE_URL: `file:${join(folder, 'tracker.sqlite')}`, PORT: '0' };
    const first = runNode('main.js', env);
    await waitForOutput(first.output, READY);
    expect(first.output()).toContain('seeded the demo data');
    expect(first.output()).toMatch(/executive@example\.org {2}[A-Za-z0-9_-]{20}/);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    expect(existsSync(join(folder, 'tracker.sqlite-wal'))).toBe(false);

    const second = runNode('main.js', env);
    await waitForOutput(second.output, READY);
    expect(second.output()).not.toContain('seeded the demo data');
    second.child.kill('SIGINT');
    expect((await second.exited).code).toBe(0);
  });
});
