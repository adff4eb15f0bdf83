import { Injectable } from '@nestjs/common';
import { RateLimit, rateLimited, RateLimits, waitInWords } from '../common/rate-limit';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';

const QUARTER_HOUR = 15 * 60;
const HOUR = 60 * 60;

/**
 * Failed sign-ins, counted so that guessing is slow without handing attackers a lock-out:
 * strictly per account and address together and per address, and per account with a much
 * higher bound, past which the account accepts sign-ins only from addresses it has signed in
 * from before. Its owner at their usual address still gets in during a spray from elsewhere.
 */
@Injectable()
export class LoginThrottle {
  private readonly perPair: RateLimit;
  private readonly perAddress: RateLimit;
  private readonly perAccount: RateLimit;

  constructor(config: AppConfig, limits: RateLimits) {
    this.perPair = limits.create('login-pair', {
      points: config.LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      seconds: QUARTER_HOUR,
    });
    this.perAddress = limits.create('login-address', {
      points: config.LOGIN_FAILURES_PER_ADDRESS,
      seconds: QUARTER_HOUR,
    });
    this.perAccount = limits.create('login-account', { points: config.LOGIN_FAILURES_PER_ACCOUNT, seconds: HOUR });
  }

  /**
   * The refusal of an attempt before its password is checked, or null. `isUsualAddress` is
   * asked only when the account is past its own bound.
   */
  async refusal(ip: string, email: string, isUsualAddress: () => Promise<boolean>): Promise<DomainError | null> {
    const account = email.trim().toLowerCase();
    const wait = Math.max(await this.perPair.wait(`${account}|${ip}`), await this.perAddress.wait(ip));
    if (wait > 0) return tooMany(wait);
    const accountWait = await this.perAccount.wait(account);
    if (accountWait > 0 && !(await isUsualAddress())) return tooMany(accountWait);
    return null;
  }

  async recordFailure(ip: string, email: string): Promise<void> {
    const account = email.trim().toLowerCase();
    await Promise.all([
      this.perPair.record(`${account}|${ip}`),
      this.perAddress.record(ip),
      this.perAccount.record(account),
    ]);
  }

  /** A success clears the pair's count; the address's and the account's stay, so a spray stays slow. */
  async recordSuccess(ip: string, email: string): Promise<void> {
    await this.perPair.forget(`${email.trim().toLowerCase()}|${ip}`);
  }
}

const tooMany = (seconds: number): DomainError =>
  rateLimited(`Too many failed attempts. Wait ${waitInWords(seconds)}, then try again.`, seconds);
