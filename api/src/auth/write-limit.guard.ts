import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { FastifyReply } from 'fastify';
import { GraphQLResolveInfo } from 'graphql';
import { RateLimit, rateLimited, RateLimits, waitInWords } from '../common/rate-limit';
import { AppConfig } from '../config/app-config';
import { Actor, ActorContext } from './actor';

const OWN_THROTTLE_KEY = 'tracker:own-throttle';

/** This mutation has a throttle of its own (sign-in) and does not count as a write. */
export const OwnThrottle = (): MethodDecorator => SetMetadata(OWN_THROTTLE_KEY, true);

const MINUTE = 60;
const HOUR = 60 * 60;

/**
 * Every mutation counts as a write of its account and of its address, per minute and per hour
 * (limits in AppConfig). Past a limit the write is refused with RATE_LIMITED, its
 * `retryAfter` and a `Retry-After` header, before it touches anything.
 */
@Injectable()
export class WriteLimitGuard implements CanActivate {
  private readonly perAccount: RateLimit[];
  private readonly perAddress: RateLimit[];

  constructor(
    private readonly reflector: Reflector,
    config: AppConfig,
    limits: RateLimits,
  ) {
    this.perAccount = [
      limits.create('writes-account-minute', { points: config.WRITES_PER_ACCOUNT_PER_MINUTE, seconds: MINUTE }),
      limits.create('writes-account-hour', { points: config.WRITES_PER_ACCOUNT_PER_HOUR, seconds: HOUR }),
    ];
    this.perAddress = [
      limits.create('writes-address-minute', { points: config.WRITES_PER_ADDRESS_PER_MINUTE, seconds: MINUTE }),
      limits.create('writes-address-hour', { points: config.WRITES_PER_ADDRESS_PER_HOUR, seconds: HOUR }),
    ];
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    if (gql.getInfo<GraphQLResolveInfo>().parentType.name !== 'Mutation') return true;
    if (this.reflector.getAllAndOverride<boolean>(OWN_THROTTLE_KEY, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const { actor, reply } = gql.getContext<ActorContext & { reply: FastifyReply }>();
    await this.count(actor, reply);
    return true;
  }

  /**
   * Counts one write of the actor's account and address; past a limit, sets `Retry-After` and
   * throws RATE_LIMITED. The plain HTTP routes that write (the open-data import) call it too.
   */
  async count(actor: Actor, reply: FastifyReply): Promise<void> {
    const counts = [
      ...(actor.user ? this.perAccount.map((limit) => limit.consume(actor.user!.id)) : []),
      ...this.perAddress.map((limit) => limit.consume(actor.ip)),
    ];
    const wait = Math.max(0, ...(await Promise.all(counts)));
    if (wait === 0) return;
    reply.header('retry-after', String(wait));
    throw rateLimited(`Too many changes in a short time. Wait ${waitInWords(wait)}, then try again.`, wait);
  }
}
