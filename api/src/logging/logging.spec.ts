import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../config/app-config';
import { humanLine } from './human-lines';
import { pinoOptions } from './logging.module';
import { requestIdOf } from './request-id';

/** A request as it arrives from `peer` with `headers`. */
function arriving(peer: string, headers: Record<string, string>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: peer });
  const request = new IncomingMessage(socket);
  request.headers = headers;
  return request;
}

describe('request ids', () => {
  const trusted = loadConfig({ TRUST_PROXY: '10.0.0.1' }).trustProxy;

  it("take a trusted proxy's well-formed X-Request-Id, and keep one id per request", () => {
    const request = arriving('10.0.0.1', { 'x-request-id': 'proxy-id-0001' });
    expect(requestIdOf(request, trusted)).toBe('proxy-id-0001');
    expect(requestIdOf(request, trusted)).toBe('proxy-id-0001');
  });

  it.each([
    ['from a client that is not a trusted proxy', '203.0.113.9', 'client-id-0001'],
    ['malformed, even from the proxy', '10.0.0.1', 'id with spaces and "quotes"'],
    ['too short', '10.0.0.1', 'short'],
  ])('make a new UUID for an id %s', (_case, peer, offered) => {
    const id = requestIdOf(arriving(peer, { 'x-request-id': offered }), trusted);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('ignore every offered id when no proxy is trusted', () => {
    expect(requestIdOf(arriving('10.0.0.1', { 'x-request-id': 'proxy-id-0001' }), null)).not.toBe('proxy-id-0001');
  });
});

describe('log lines', () => {
  it('redact the session cookie and authorization headers wherever a line carries headers', () => {
    let written = '';
    const logger = pino(pinoOptions(loadConfig({})), { write: (line: string) => (written += line) });
    logger.info({ req: { headers: { cookie: 'tracker_session=secret-1', authorization: 'Bearer secret-2' } } }, 'x');
    logger.info({ res: { headers: { 'set-cookie': 'tracker_session=secret-3' } } }, 'y');
    expect(written).not.toMatch(/secret-/);
    expect(written).toContain('"cookie":"[redacted]"');
  });

  it('read as one line for a person in development, empty fields left out, request id last', () => {
    const line = JSON.stringify({
      level: 'warn',
      time: '2026-11-22T12:00:01.000Z',
      context: 'Accounts',
      msg: 'sign-in failed',
      event: 'login.failure',
      accountId: null,
      ip: '127.0.0.2',
      requestId: 'abc-123',
    });
    expect(humanLine(line)).toBe(
      '12:00:01 WARN  [Accounts] sign-in failed · event=login.failure ip=127.0.0.2 (request abc-123)\n',
    );
  });
});
