import { Injectable, Logger } from '@nestjs/common';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { OperationTypeNode } from 'graphql';
import { IncomingHttpHeaders } from 'node:http';
import { SessionsService } from '../auth/sessions.service';
import { answerRecordOf } from './answer-record.plugin';
import { EarlyAnswers, EarlyAnswersSetup } from './early-answers';
import { GRAPHQL_PATH, graphqlCacheKey } from './graphql-key';
import { replyWithPublicAnswer } from './public-answer-reply';
import { PublicAnswer, PublicBytes, PublicCache } from './public-cache';

/** Browsers and proxies may keep an anonymous answer but must ask again (with its ETag) before using it. */
export const ANONYMOUS_CACHE_CONTROL = 'no-cache';
/** What a signed-in person reads is theirs: kept by no one. */
export const SIGNED_IN_CACHE_CONTROL = 'private, no-store';

interface Handling {
  anonymous: boolean;
  /** Set while this request computes the answer other requests for the same key wait for. */
  lead?: (bytes: PublicBytes | null) => void;
  answer?: Promise<PublicAnswer | null>;
}

const logger = new Logger('PublicCache');

/**
 * The GraphQL answers of anonymous readers, from the public cache (public-cache.ts), before
 * Nest and Apollo run at all.
 *
 * - **Anonymous** is a request with no session cookie of this app and no Authorization header;
 *   anything else, an expired or forged cookie included, goes the ordinary way and never touches
 *   the cache.
 * - A miss runs the ordinary way (the cost limit, the request budget and every refusal included)
 *   and its answer is kept only if Apollo ran a `query` and answered 200 with data and no error
 *   at all: refusals, NOT_FOUND and partial answers are answered afresh every time.
 * - A hit is sent from a `preHandler` hook: the request id and the security headers, set when
 *   the request arrived, are already on the reply; the cache adds the content type, `ETag` and
 *   `Cache-Control`, and answers `If-None-Match` with 304.
 * - Every `/graphql` answer says what browsers and proxies may keep: `no-cache` to anonymous
 *   readers, `private, no-store` to signed-in ones.
 */
@Injectable()
export class GraphQLFastPath {
  private readonly handling = new WeakMap<FastifyRequest, Handling>();
  /** The path in front of Fastify that sends hits of the bytes the ordinary way has seen (early-answers.ts). */
  private early: EarlyAnswers | null = null;

  constructor(
    private readonly cache: PublicCache,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Adds the hooks to the server, and puts the early path in front of it; call before the routes
   * are ready.
   */
  register(fastify: FastifyInstance, setup: EarlyAnswersSetup): void {
    this.early = new EarlyAnswers(this.cache, setup);
    this.early.attach(fastify.server, fastify);
    fastify.addHook('preHandler', (request, reply) => this.beforeHandler(request, reply));
    fastify.addHook('onSend', async (request, reply, payload) => this.beforeSend(request, reply, payload));
    const settle = async (request: FastifyRequest): Promise<void> => {
      this.handling.get(request)?.lead?.(null);
    };
    fastify.addHook('onResponse', settle);
    fastify.addHook('onRequestAbort', settle);
  }

  /** No session cookie of this app and no Authorization header. */
  isAnonymous(request: { headers: IncomingHttpHeaders }): boolean {
    return this.sessions.tokenFrom(request) === null && request.headers.authorization === undefined;
  }

  /** Sends a fresh kept answer and returns the reply, or returns nothing for the ordinary way. */
  private async beforeHandler(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    if (request.url !== GRAPHQL_PATH) return;
    const handling: Handling = { anonymous: this.isAnonymous(request) };
    this.handling.set(request, handling);
    if (!handling.anonymous) return;
    const key = graphqlCacheKey(request);
    if (!key) return;
    this.early?.remember(request, key);
    let leading!: () => void;
    const lead = new Promise<'lead'>((resolve) => (leading = () => resolve('lead')));
    const answer = this.cache.get(
      key,
      () =>
        new Promise<PublicBytes | null>((resolve) => {
          handling.lead = resolve;
          leading();
        }),
    );
    answer.catch(() => undefined);
    let first: PublicAnswer | null | 'lead';
    try {
      first = await Promise.race([answer, lead]);
    } catch (error) {
      logger.error(error, 'The public cache could not be read; answering the ordinary way.');
      return;
    }
    if (first === 'lead') {
      handling.answer = answer;
      return;
    }
    return first ? replyWithPublicAnswer(request, reply, first) : undefined;
  }

  private async beforeSend(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    if (request.url !== GRAPHQL_PATH && !request.url.startsWith(`${GRAPHQL_PATH}?`)) return payload;
    const handling = this.handling.get(request);
    const anonymous = handling?.anonymous ?? this.isAnonymous(request);
    void reply.header('cache-control', anonymous ? ANONYMOUS_CACHE_CONTROL : SIGNED_IN_CACHE_CONTROL);
    if (!handling?.lead) return payload;
    const record = answerRecordOf(request);
    const keep =
      reply.statusCode === 200 &&
      record?.operation === OperationTypeNode.QUERY &&
      record.clean &&
      typeof payload === 'string' &&
      payload.startsWith('{"data":');
    handling.lead(
      keep ? { body: payload, headers: { 'content-type': String(reply.getHeader('content-type')) } } : null,
    );
    handling.lead = undefined;
    const answer = keep ? await handling.answer : null;
    if (answer) void reply.header('etag', answer.etag);
    return payload;
  }
}
