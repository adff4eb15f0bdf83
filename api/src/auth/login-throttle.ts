import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MS = 15 * 60_000;
const MAX_TRACKED_KEYS = 10_000;

/**
 * Counts failed sign-ins per IP address and per account over a sliding 15-minute window.
 * Every attempt is counted on its own, however many arrive in one request.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  private recent(key: string): number[] {
    const since = this.clock.now().getTime() - LOGIN_WINDOW_MS;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  private keys(ip: string, email: string): string[] {
    return [`ip:${ip}`, `account:${email.trim().toLowerCase()}`];
  }

  isLimited(ip: string, email: string): boolean {
    return this.keys(ip, email).some((key) => this.recent(key).length >= LOGIN_FAILURE_LIMIT);
  }

  recordFailure(ip: string, email: string): void {
    // Keys are only pruned when read; under a spray of many addresses or accounts, prune them all.
    if (this.failures.size > MAX_TRACKED_KEYS) for (const key of [...this.failures.keys()]) this.recent(key);
    const now = this.clock.now().getTime();
    for (const key of this.keys(ip, email)) this.failures.set(key, [...this.recent(key), now]);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email.trim().toLowerCase()}`);
  }
}
