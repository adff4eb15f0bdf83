import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from './domain-error';

/** At most `points` events per key in a window of `seconds`. */
export interface Limit {
  points: number;
  seconds: number;
}

/**
 * Counters per key over a fixed window, kept by rate-limiter-flexible. They live in this
 * process's memory; the library has a PostgreSQL store with the same interface for several
 * processes.
 */
export class RateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(
    name: string,
    readonly limit: Limit,
  ) {
    this.limiter = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds });
  }

  /** Counts one event for `key`: 0 when it is within the limit, else the seconds until the window ends. */
  async consume(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return secondsOf(refusal);
      throw refusal;
    }
  }

  /** Without counting: the seconds to wait when `key` has used up its limit, else 0. */
  async wait(key: string): Promise<number> {
    const state = await this.limiter.get(key);
    return state && state.consumedPoints >= this.limit.points ? secondsOf(state) : 0;
  }

  /** Counts one event for `key` without refusing it. */
  async record(key: string): Promise<void> {
    await this.limiter.penalty(key, 1);
  }

  async forget(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}

const secondsOf = (state: RateLimiterRes): number => Math.max(1, Math.ceil(state.msBeforeNext / 1000));

/** RATE_LIMITED with the seconds to wait, for the client and its `Retry-After` header. */
export const rateLimited = (message: string, retryAfter: number): DomainError =>
  new DomainError(ErrorCode.RATE_LIMITED, message, { retryAfter });

/** "3 minutes", "40 seconds": a wait as people say it. */
export function waitInWords(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
