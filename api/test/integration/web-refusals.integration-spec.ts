import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode, waitForOutput } from './support/process';

const READY = /Serving the dashboard and \/graphql at (\S+)\//;

/** A GET of `path` exactly as written (fetch would resolve `..` and `%2e%2e` first). */
function getRaw(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('refusing requests for files outside the dashboard (built dist/main.js)', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-refusals-'));
    mkdirSync(join(folder, 'web', 'assets'), { recursive: true });
    writeFileSync(join(folder, 'web', 'index.html'), '<!doctype html><title>Tracker</title><div id="root"></div>');
    writeFileSync(join(folder, 'web', 'assets', 'app.js'), 'console.log("app");');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('answers each refusal with its status and logs it in one line, without a stack trace', async () => {
    const server = runNode('main.js', {
      DATABASE_URL: join(folder, 'tracker.sqlite'),
      WEB_DIST: join(folder, 'web'),
      PORT: '0',
      NO_COLOR: '1',
    });
    try {
      await waitForOutput(server.output, 'Serving the dashboard');
      const url = READY.exec(server.output())![1].replace('[::1]', '127.0.0.1');
      const before = server.output().length;
      const refused = ['/%2e%2e/package.json', '/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json'];
      for (const path of refused) expect(await getRaw(url, path)).toBe(403);
      expect(await getRaw(url, '/.env')).toBe(404);
      expect(await getRaw(url, '/assets/')).toBe(404);
      expect(await getRaw(url, '/assets/app.js')).toBe(200);
      await waitForOutput(server.output, `GET ${refused[refused.length - 1]} refused: 403`);

      const log = server.output().slice(before);
      expect(log).not.toMatch(/^\s+at /m);
      expect(log).not.toContain('ERROR');
      for (const path of refused) {
        expect(log.split('\n').filter((line) => line.includes(`GET ${path} refused: 403 Forbidden`))).toHaveLength(1);
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
