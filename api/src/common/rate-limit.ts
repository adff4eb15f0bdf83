import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DomainError, ErrorCode } from './domain-error';

/** At most `points` events per key in a window of `seconds`. */
export interface Limit {
  points: number;
  seconds: number;
}

/** The table, made by a migration, where PostgreSQL installations keep the counters every process shares. */
export const RATE_LIMIT_TABLE = 'rate_limit';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Makes the counters of the limits, kept by rate-limiter-flexible: in this process's memory on
 * SQLite, where one process serves; on PostgreSQL in the `rate_limit` table, one row per key,
 * counted by one atomic upsert, so that every process behind a load balancer counts the same
 * attempts. Rows whose window ended an hour ago are removed once an hour.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly pool: unknown;
  private readonly sweeper?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {
    if (dataSource.options.type !== 'postgres') return;
    this.pool = (dataSource.driver as PostgresDriver).master;
    this.sweeper = setInterval(() => void this.sweep(), HOUR_MS).unref();
  }

  create(name: string, limit: Limit): RateLimit {
    const options = { keyPrefix: name, points: limit.points, duration: limit.seconds };
    const limiter = this.pool
      ? new RateLimiterPostgres({
          ...options,
          storeClient: this.pool,
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
          clearExpiredByTimeout: false,
        })
      : new RateLimiterMemory(options);
    return new RateLimit(limiter, limit);
  }

  /** Removes the rows whose window ended more than an hour ago; says how many. */
  async sweep(now = Date.now()): Promise<number> {
    if (!this.pool) return 0;
    const [, removed] = await this.dataSource
      .query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE "expire" < $1`, [now - HOUR_MS])
      .catch(() => [[], 0]);
    return Number(removed);
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }
}

/** At most `limit.points` events per key in a fixed window of `limit.seconds`. */
export class RateLimit {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    readonly limit: Limit,
  ) {}

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
