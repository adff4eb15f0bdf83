import { hash } from 'node:crypto';
import { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { answerFirst, headerList } from '../web/answer-first';
import { ANONYMOUS_CACHE_CONTROL } from './graphql-fast-path';
import { GRAPHQL_PATH } from './graphql-key';
import { chooseEncoding, holdsTag } from './public-answer-reply';
import { ContentEncoding, pageKey, PublicAnswer, PublicCache } from './public-cache';

/** Bodies longer than this go the ordinary way at once: no dashboard document comes near it. */
const MAX_EARLY_BODY_BYTES = 64 * 1024;
/** What the table from request bytes to cache keys may take in memory, keys counted. */
const ALIASES_MAX_BYTES = 8 * 1024 * 1024;

/** One request's bytes as the early path read them, for the ordinary way to parse when it cannot answer. */
interface ReadRequest {
  body: Buffer;
  bytesKey: string;
}

/**
 * What a kept answer is sent with, worked out once per answer and representation. The headers are
 * a list for `writeHead` (headerList), to which each response adds its X-Request-Id.
 */
interface Representation {
  etag: string;
  body: Buffer;
  headers: string[];
  notModified: string[];
}

/** What the early path needs from the server it answers for. */
export interface EarlyAnswersSetup {
  /** The security headers every response carries (security-headers.ts), as set at start. */
  securityHeaders: OutgoingHttpHeaders;
  /** Whether a request carries a session cookie of this app or an Authorization header: never answered here. */
  signedIn: (request: IncomingMessage) => boolean;
  /** The request's id (request-id.ts), sent as X-Request-Id. */
  requestId: (request: IncomingMessage) => string;
  /** Accounts for the answer in the log (logging/kept-answers-log.ts). */
  log: (request: IncomingMessage, statusCode: number, milliseconds: number) => void;
}

/** A GraphQL answer, or a page whose answer differs for a reader with a session cookie. */
type AnswerKind = 'graphql' | 'page';

/** The `Vary` the ordinary way sends with a kept answer of this kind (public-answer-reply.ts, public-pages.ts). */
function varyOf(kind: AnswerKind, compressed: boolean): OutgoingHttpHeaders {
  const vary = [...(kind === 'page' ? ['Cookie'] : []), ...(compressed ? ['Accept-Encoding'] : [])];
  return vary.length > 0 ? { vary: vary.join(', ') } : {};
}

/** A GET with no cookie and no `Authorization`: a reader that no session can be told from. */
function isAnonymousGet(request: IncomingMessage): boolean {
  return (
    request.method === 'GET' && request.headers.cookie === undefined && request.headers.authorization === undefined
  );
}

/**
 * Kept anonymous GraphQL answers and rendered public pages sent from node:http's `request`
 * event, before Fastify, Nest, the request logger's middleware or the body's JSON parse run: the
 * cost of a request that a crowd sends again and again is that of a lookup and writing a Buffer.
 *
 * - A `GET` with no cookie and no `Authorization` is answered with the page kept for its address
 *   (`pageKey`, as public-pages.ts keeps it), if the public cache holds one fresh. Its headers are
 *   those of the ordinary way's, `Vary: Cookie` among them. A request with any cookie, even one
 *   not of this app, goes the ordinary way, which tells the session cookie from the others.
 * - Only an anonymous `POST /graphql` with a JSON body of a known length is read here. Its bytes,
 *   with its `Accept` and `Content-Type`, name a cache key only once the ordinary way
 *   (graphql-fast-path.ts) has worked that key out from the same bytes (`remember`); the answer is
 *   sent only if the public cache holds it fresh (`PublicCache.fresh`: same data generation, same
 *   London date, the same check as every hit).
 * - Anything else, or a miss, goes on to Fastify with the bytes already read given back as the
 *   body, so every refusal, limit and computation of the ordinary way applies.
 * - The answer carries what the ordinary way's hit carries: the security headers, X-Request-Id,
 *   content type, ETag, `Cache-Control: no-cache`, `Vary`, the compressed copy the client accepts,
 *   304 for an `If-None-Match` naming its tag; the log counts it (logging/kept-answers-log.ts).
 */
export class EarlyAnswers {
  private readonly aliases = new LRUCache<string, string>({
    maxSize: ALIASES_MAX_BYTES,
    sizeCalculation: (key, bytesKey) => key.length + bytesKey.length + 64,
  });
  private readonly read = new WeakMap<IncomingMessage, ReadRequest>();
  private readonly representations = new WeakMap<PublicAnswer, Map<ContentEncoding | 'identity', Representation>>();

  constructor(
    private readonly cache: PublicCache,
    private readonly setup: EarlyAnswersSetup,
  ) {}

  /**
   * Puts the early path in front of Fastify's handler on `server`, and gives Fastify the bytes it
   * read (a `preParsing` hook). Call before the server listens and before Fastify is ready.
   */
  attach(server: Server, fastify: FastifyInstance): void {
    answerFirst(server, (request, response, next) => {
      if (isAnonymousGet(request)) this.answerPage(request, response, next);
      else if (this.mayAnswer(request)) this.readThenAnswer(request, response, next);
      else next();
    });
    fastify.addHook('preParsing', (request, _reply, payload, done) => {
      const read = this.read.get(request.raw);
      if (!read) return done(null, payload);
      done(null, new PassThrough().end(read.body));
    });
  }

  /** Called by the ordinary way with the cache key it worked out for an anonymous request. */
  remember(request: FastifyRequest, key: string): void {
    const read = this.read.get(request.raw);
    if (read && this.aliases.get(read.bytesKey) !== key) this.aliases.set(read.bytesKey, key);
  }

  private answerPage(request: IncomingMessage, response: ServerResponse, ordinary: () => void): void {
    this.answerKept(pageKey(request.url ?? ''), 'page', request, response, performance.now(), ordinary);
  }

  /** Sends the answer kept fresh for `key`, at once when its freshness is known without a query. */
  private answerKept(
    key: string,
    kind: AnswerKind,
    request: IncomingMessage,
    response: ServerResponse,
    started: number,
    ordinary: () => void,
  ): void {
    const known = this.cache.freshIfKnown(key);
    if (known !== undefined) {
      if (known) this.send(request, response, known, started, kind);
      else ordinary();
      return;
    }
    this.cache.fresh(key).then(
      (answer) => (answer ? this.send(request, response, answer, started, kind) : ordinary()),
      () => ordinary(),
    );
  }

  private mayAnswer(request: IncomingMessage): boolean {
    if (request.method !== 'POST' || request.url !== GRAPHQL_PATH) return false;
    const { headers } = request;
    const length = Number(headers['content-length']);
    if (!(length > 0 && length <= MAX_EARLY_BODY_BYTES) || headers['transfer-encoding'] !== undefined) return false;
    if (!/^application\/json\b/i.test(headers['content-type'] ?? '')) return false;
    return !this.setup.signedIn(request);
  }

  private readThenAnswer(request: IncomingMessage, response: ServerResponse, ordinary: () => void): void {
    const started = performance.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => {
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const { headers } = request;
      const bytesKey = `${hash('sha256', body, 'base64')}\n${headers.accept ?? ''}\n${headers['content-type']}`;
      const withBody = (): void => {
        this.read.set(request, { body, bytesKey });
        ordinary();
      };
      const key = this.aliases.get(bytesKey);
      if (key) this.answerKept(key, 'graphql', request, response, started, withBody);
      else withBody();
    });
  }

  private send(
    request: IncomingMessage,
    response: ServerResponse,
    answer: PublicAnswer,
    started: number,
    kind: AnswerKind,
  ): void {
    const encoding = chooseEncoding(request.headers['accept-encoding'], answer);
    const representation = this.representationOf(answer, encoding, kind);
    const id = this.setup.requestId(request);
    if (holdsTag(request.headers['if-none-match'], representation.etag)) {
      response.writeHead(304, [...representation.notModified, 'x-request-id', id]).end();
    } else {
      response.writeHead(200, [...representation.headers, 'x-request-id', id]).end(representation.body);
    }
    this.setup.log(request, response.statusCode, performance.now() - started);
  }

  private representationOf(answer: PublicAnswer, encoding: ContentEncoding | null, kind: AnswerKind): Representation {
    let known = this.representations.get(answer);
    if (!known) this.representations.set(answer, (known = new Map()));
    const name = encoding ?? 'identity';
    let representation = known.get(name);
    if (!representation) {
      const body = encoding ? answer.encoded[encoding]! : answer.body;
      const etag = encoding ? `${answer.etag.slice(0, -1)}-${encoding}"` : answer.etag;
      const notModified: OutgoingHttpHeaders = {
        ...this.setup.securityHeaders,
        ...answer.headers,
        etag,
        'cache-control': ANONYMOUS_CACHE_CONTROL,
        ...varyOf(kind, Object.keys(answer.encoded).length > 0),
      };
      const headers = {
        ...notModified,
        ...(encoding ? { 'content-encoding': encoding } : {}),
        'content-length': String(body.length),
      };
      representation = { etag, body, headers: headerList(headers), notModified: headerList(notModified) };
      known.set(name, representation);
    }
    return representation;
  }
}
