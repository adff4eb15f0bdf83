import { connect, Socket } from 'node:net';
import { startTestApp, TestApp } from './support/test-app';

/** The bounds the app runs with here: small, so the test is quick. */
const HEADERS_SECONDS = 1;
const REQUEST_SECONDS = 2;
/** Far beyond the bound; a connection still open by then was not cut off. */
const GIVE_UP_MS = 15_000;

interface Ended {
  /** The connection ended (closed by the server) before GIVE_UP_MS. */
  closed: boolean;
  answer: string;
}

/** Sends `head`, then `trickle` one byte every 200 ms, and waits for the server to close the connection. */
function trickle(url: string, head: string, trickled: string): Promise<Ended> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname);
    let answer = '';
    let sent = 0;
    const drip = setInterval(() => {
      if (sent < trickled.length && !socket.destroyed) socket.write(trickled[sent++]);
    }, 200);
    const end = (closed: boolean): void => {
      clearInterval(drip);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closed, answer });
    };
    const giveUp = setTimeout(() => end(false), GIVE_UP_MS);
    socket.on('connect', () => socket.write(head));
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => end(true));
    socket.on('error', () => undefined);
  });
}

describe('a client that sends its request slowly', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      seed: false,
      env: {
        HTTP_HEADERS_TIMEOUT_SECONDS: String(HEADERS_SECONDS),
        HTTP_REQUEST_TIMEOUT_SECONDS: String(REQUEST_SECONDS),
      },
    });
  });
  afterAll(() => t.close());

  it('is cut off when its headers trickle in', async () => {
    const headers = `Host: 127.0.0.1\r\nUser-Agent: ${'x'.repeat(200)}\r\n\r\n`;
    const ended = await trickle(t.url, 'GET /healthz HTTP/1.1\r\n', headers);
    expect(ended.closed).toBe(true);
    expect(ended.answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('is cut off when its body trickles in', async () => {
    const body = JSON.stringify({ query: `{ organisations { slug } } ${' '.repeat(200)}` });
    const head = [
      'POST /graphql HTTP/1.1',
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      `Content-Length: ${body.length}`,
      '',
      '',
    ].join('\r\n');
    const ended = await trickle(t.url, head, body);
    expect(ended.closed).toBe(true);
    expect(ended.answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('still keeps a prompt client’s connection open between requests', async () => {
    const { hostname, port } = new URL(t.url);
    const request = (close: boolean): string =>
      `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n${close ? 'Connection: close\r\n' : ''}\r\n`;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname);
      let received = '';
      let secondSent = false;
      socket.on('connect', () => socket.write(request(false)));
      socket.on('data', (chunk) => {
        received += chunk.toString();
        if (!secondSent && received.includes('HTTP/1.1 200 ')) {
          secondSent = true;
          socket.write(request(true));
        }
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(answer.match(/HTTP\/1\.1 200 /g)).toHaveLength(2);
  });
});
