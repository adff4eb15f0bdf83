import { Injectable } from '@nestjs/common';
import { londonDate } from '@tracker/rules';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { Clock } from '../common/clock';
import { Transactions } from '../common/transactions';
import { AppConfig } from '../config/app-config';
import { GenerationCheck } from './generation-check';

/** What a computation gives the cache: the bytes and the headers to send with them. */
export interface PublicBytes {
  body: Buffer | string;
  headers?: Record<string, string>;
}

/** The compressed copies of an answer a browser may be sent instead of its body. */
export type ContentEncoding = 'br' | 'gzip';

/** An answer as the cache keeps and returns it, with a strong ETag of its body. */
export interface PublicAnswer {
  body: Buffer;
  headers: Record<string, string>;
  etag: string;
  /** Its Brotli and gzip copies, made once when it was computed; none for a body too small to gain. */
  encoded: Partial<Record<ContentEncoding, Buffer>>;
}

/** Smaller bodies are sent as they are: compressing them saves less than a packet. */
const COMPRESS_FROM_BYTES = 1024;
/** Brotli at quality 5: within a few percent of its best on these texts, at a tenth of the time. */
const BROTLI_QUALITY = 5;

/** The key a rendered public page is kept under: its address as asked for, query included. */
export function pageKey(url: string): string {
  return `page:${url}`;
}

/** The Brotli and gzip copies of a body, made once so that no request compresses anything. */
export function encodingsOf(body: Buffer): PublicAnswer['encoded'] {
  if (body.length < COMPRESS_FROM_BYTES) return {};
  return {
    br: brotliCompressSync(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gzip: gzipSync(body),
  };
}

interface Kept extends PublicAnswer {
  generation: string;
  today: string;
}

/** A strong ETag: a hash of the bytes, so the same bytes have the same tag in every process. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * Answers computed for anonymous readers, kept in memory and bounded by bytes
 * (PUBLIC_CACHE_MEGABYTES in all; the least recently used go first), for whatever public bytes
 * are expensive to compute: GraphQL answers (graphql-fast-path.ts), rendered public pages.
 * Import PublicCacheModule and inject `PublicCache`.
 *
 * `get(key, compute)` returns the answer kept for `key` if it is fresh, and otherwise computes it:
 *
 * - **Fresh** means computed at the database's current data generation (every write transaction,
 *   in any process or the `tracker` CLI, changes it: common/data-generation.ts) and on the current
 *   calendar date in Europe/London (`Clock.today()`: the deadline lens changes at midnight). A
 *   caller is never given an answer older than its own call (generation-check.ts).
 * - **Once**: callers that miss on the same key, generation and date while a computation runs
 *   share it, so a crowd arriving after a write causes one computation, not one each.
 * - `compute` must give the same bytes to every anonymous reader: never call it with anything
 *   of a signed-in request, a draft or a person's own view. It returns null for an answer that
 *   is not for keeping (an error, a refusal): `get` then returns null to every caller sharing
 *   it, and each answers its request itself. If it throws, every caller sharing it gets the
 *   error and nothing is kept.
 * - On SQLite, an answer computed while a write transaction of this process was open (its reads
 *   may have seen rows not yet committed) is returned to those who asked but not kept.
 *
 * Keys are the callers' own; prefix them with what they name (`graphql:`, `page:`).
 */
@Injectable()
export class PublicCache {
  private readonly kept: LRUCache<string, Kept>;
  private readonly flights = new Map<string, Promise<PublicAnswer | null>>();
  private dayOf = { minute: Number.NaN, date: '' };
  /** The most bytes the kept answers (bodies, headers and keys) take together: PUBLIC_CACHE_MEGABYTES. */
  readonly maxBytes: number;

  constructor(
    private readonly generation: GenerationCheck,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    config: AppConfig,
  ) {
    this.maxBytes = config.PUBLIC_CACHE_MEGABYTES * 1024 * 1024;
    this.kept = new LRUCache<string, Kept>({
      maxSize: this.maxBytes,
      sizeCalculation: (answer, key) => sizeOf(answer, key),
    });
  }

  async get(key: string, compute: () => Promise<PublicBytes | null>): Promise<PublicAnswer | null> {
    // Taken before the generation is read: a transaction open at any moment from here on keeps
    // what is computed from being kept.
    const mark = this.transactions.committedReadMark();
    const generation = await this.generation.current();
    const today = this.today();
    const kept = this.kept.get(key);
    if (kept && kept.generation === generation && kept.today === today) return kept;
    const flightKey = `${generation}\n${today}\n${key}`;
    let flight = this.flights.get(flightKey);
    if (!flight) {
      flight = this.compute(key, compute, { generation, today, mark }).finally(() => {
        this.flights.delete(flightKey);
      });
      this.flights.set(flightKey, flight);
    }
    return flight;
  }

  /**
   * The answer kept for `key` if it is fresh (as `get` would return it), or null; computes nothing.
   * Asks the database's generation only when something is kept for the key.
   */
  async fresh(key: string): Promise<PublicAnswer | null> {
    if (!this.kept.has(key)) return null;
    const generation = await this.generation.current();
    const today = this.today();
    const kept = this.kept.get(key);
    return kept && kept.generation === generation && kept.today === today ? kept : null;
  }

  /**
   * `fresh` without waiting: the answer, or null, when the generation is known without a query
   * (`GenerationCheck.currentIfKnown`); undefined when it is not, and `fresh` must be asked.
   */
  freshIfKnown(key: string): PublicAnswer | null | undefined {
    const kept = this.kept.get(key);
    if (!kept) return null;
    const generation = this.generation.currentIfKnown();
    if (generation === null) return undefined;
    return kept.generation === generation && kept.today === this.today() ? kept : null;
  }

  /**
   * `Clock.today()`, worked out once a minute: a day in Europe/London always starts on a whole
   * minute of UTC, so every instant of one minute has the same date.
   */
  private today(): string {
    const now = this.clock.now();
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.dayOf.minute) this.dayOf = { minute, date: londonDate(now) };
    return this.dayOf.date;
  }

  /** How many bytes the kept answers take (never more than `maxBytes`), and how many there are. */
  get usage(): { bytes: number; answers: number } {
    return { bytes: this.kept.calculatedSize, answers: this.kept.size };
  }

  private async compute(
    key: string,
    compute: () => Promise<PublicBytes | null>,
    at: { generation: string; today: string; mark: number | null },
  ): Promise<PublicAnswer | null> {
    const computed = await compute();
    if (!computed) return null;
    const body = Buffer.isBuffer(computed.body) ? computed.body : Buffer.from(computed.body, 'utf8');
    const answer: Kept = {
      body,
      headers: { ...computed.headers },
      etag: etagOf(body),
      encoded: encodingsOf(body),
      generation: at.generation,
      today: at.today,
    };
    const clean = at.mark !== null && this.transactions.committedReadMark() === at.mark;
    if (clean) this.kept.set(key, answer);
    return answer;
  }
}

function sizeOf(answer: Kept, key: string): number {
  let size = answer.body.length + key.length + answer.etag.length + 128;
  for (const copy of Object.values(answer.encoded)) size += copy.length;
  for (const [name, value] of Object.entries(answer.headers)) size += name.length + value.length;
  return size;
}
