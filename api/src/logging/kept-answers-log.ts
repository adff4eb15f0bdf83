import { IncomingMessage } from 'node:http';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { clientAddress, TrustProxy } from '../web/trust-proxy';
import { requestIdOf } from './request-id';

/** How often the count of kept answers is written. */
const TALLY_EVERY_MS = 60_000;

interface Tally {
  count: number;
  byStatus: Record<string, number>;
  slowestMs: number;
}

const emptyTally = (): Tally => ({ count: 0, byStatus: {}, slowestMs: 0 });

const asGiven = <T>(value: T): T => value;

/**
 * A child of `root` for lines whose fields are given as they are to be written: no serializer,
 * and no redaction, for the lines hold no header. Made once per root.
 */
const linesLoggers = new WeakMap<pino.Logger, pino.Logger>();
function linesOf(root: pino.Logger): pino.Logger {
  let lines = linesLoggers.get(root);
  if (!lines)
    linesLoggers.set(root, (lines = root.child({}, { redact: [], serializers: { req: asGiven, res: asGiven } })));
  return lines;
}

/**
 * The log of answers sent from memory before the request logger's middleware runs: kept public
 * answers (public-cache/early-answers.ts) and built files (web/hashed-assets.ts), the same bytes
 * for every reader who asks.
 *
 * They are counted, not logged one by one: every minute in which there were some, one `info`
 * line (`keptAnswers`) says how many, how many of each status, and the slowest in ms; `close`
 * writes what is left. Such an answer leaves nothing to look into afterwards, its reader's
 * address is personal data with no use here, and a line each cost about a third of the CPU of
 * the answer under a crowd. At `LOG_LEVEL=debug` each also gets the `request completed` line
 * every other request has (request id, method, path, status, time, client address).
 */
export class KeptAnswersLog {
  private tally = emptyTally();
  private readonly timer: NodeJS.Timeout;

  /** `root` is the application's logger (nestjs-pino's, made at start) when the log is written. */
  constructor(
    private readonly trust: TrustProxy | null,
    private readonly root: () => pino.Logger = () => PinoLogger.root,
    everyMs = TALLY_EVERY_MS,
  ) {
    this.timer = setInterval(() => this.flush(), everyMs).unref();
  }

  /** Counts one answer sent; at debug, writes its request line. */
  record(request: IncomingMessage, statusCode: number, milliseconds: number): void {
    const { tally } = this;
    tally.count += 1;
    tally.byStatus[statusCode] = (tally.byStatus[statusCode] ?? 0) + 1;
    if (milliseconds > tally.slowestMs) tally.slowestMs = milliseconds;
    const root = this.root();
    if (!root.isLevelEnabled('debug')) return;
    linesOf(root).debug(
      {
        requestId: requestIdOf(request, this.trust),
        req: { method: request.method, path: request.url?.split('?')[0] },
        ip: clientAddress(request, this.trust),
        res: { statusCode },
        responseTime: Math.round(milliseconds),
      },
      'request completed',
    );
  }

  /** Writes the count so far, if there is one, and starts a new one. */
  flush(): void {
    const { count, byStatus, slowestMs } = this.tally;
    if (count === 0) return;
    this.tally = emptyTally();
    linesOf(this.root()).info(
      { keptAnswers: { count, byStatus, slowestMs: Math.ceil(slowestMs) } },
      'kept answers sent from memory',
    );
  }

  /** Stops counting, and writes what was counted. */
  close(): void {
    clearInterval(this.timer);
    this.flush();
  }
}
