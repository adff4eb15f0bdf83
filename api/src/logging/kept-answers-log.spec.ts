import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import pino from 'pino';
import { KeptAnswersLog } from './kept-answers-log';

interface Line {
  level: number;
  msg: string;
  requestId?: string;
  ip?: string;
  req?: { method: string; path: string };
  res?: { statusCode: number };
  responseTime?: number;
  keptAnswers?: { count: number; byStatus: Record<string, number>; slowestMs: number };
}

/** A GET of `url` from 203.0.113.7. */
function asked(url: string): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: '203.0.113.7' });
  const request = new IncomingMessage(socket);
  request.method = 'GET';
  request.url = url;
  return request;
}

describe('the log of kept answers', () => {
  let written: Line[];
  let log: KeptAnswersLog;
  const start = (level: pino.Level): void => {
    const root = pino({ level }, { write: (line: string) => written.push(JSON.parse(line) as Line) });
    log = new KeptAnswersLog(null, () => root, 60_000);
  };

  beforeEach(() => {
    jest.useFakeTimers();
    written = [];
  });
  afterEach(() => {
    log.close();
    jest.useRealTimers();
  });

  it('writes one line a minute counting them by status, with no address or request id', () => {
    start('info');
    log.record(asked('/assets/index.js'), 200, 1.2);
    log.record(asked('/labour-muslim-network?x=1'), 200, 7.4);
    log.record(asked('/assets/index.js'), 304, 0.3);
    expect(written).toEqual([]);
    jest.advanceTimersByTime(60_000);
    expect(written).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'kept answers sent from memory',
        keptAnswers: { count: 3, byStatus: { 200: 2, 304: 1 }, slowestMs: 8 },
      }),
    ]);
    expect(JSON.stringify(written)).not.toMatch(/203\.0\.113\.7|requestId|labour-muslim-network/);
  });

  it('writes nothing for a minute without any, and what is left when it closes', () => {
    start('info');
    log.record(asked('/'), 200, 2);
    jest.advanceTimersByTime(60_000);
    jest.advanceTimersByTime(60_000);
    expect(written.map((line) => line.keptAnswers?.count)).toEqual([1]);
    log.record(asked('/'), 200, 3);
    log.close();
    expect(written.map((line) => line.keptAnswers?.count)).toEqual([1, 1]);
  });

  it('writes each its request line at debug, as every other request has', () => {
    start('debug');
    log.record(asked('/labour-muslim-network?x=1'), 200, 4.6);
    expect(written).toEqual([
      {
        level: 20,
        time: expect.any(Number),
        pid: process.pid,
        hostname: expect.any(String),
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        req: { method: 'GET', path: '/labour-muslim-network' },
        ip: '203.0.113.7',
        res: { statusCode: 200 },
        responseTime: 5,
        msg: 'request completed',
      },
    ]);
  });
});
