"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GraphQLFastPath = exports.SIGNED_IN_CACHE_CONTROL = exports.ANONYMOUS_CACHE_CONTROL = void 0;
const common_1 = require("@nestjs/common");
const graphql_1 = require("graphql");
const sessions_service_1 = require("../auth/sessions.service");
const answer_record_plugin_1 = require("./answer-record.plugin");
const graphql_key_1 = require("./graphql-key");
const public_cache_1 = require("./public-cache");
/** Browsers and proxies may keep an anonymous answer but must ask again (with its ETag) before using it. */
exports.ANONYMOUS_CACHE_CONTROL = 'no-cache';
/** What a signed-in person reads is theirs: kept by no one. */
exports.SIGNED_IN_CACHE_CONTROL = 'private, no-store';
const logger = new common_1.Logger('PublicCache');
/** Whether the tag the client holds (`If-None-Match`) is the answer's. */
function holds(request, etag) {
    const header = request.headers['if-none-match'];
    if (!header)
        return false;
    return header.split(',').some((tag) => {
        const trimmed = tag.trim();
        return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
    });
}
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
let GraphQLFastPath = class GraphQLFastPath {
    cache;
    sessions;
    handling = new WeakMap();
    constructor(cache, sessions) {
        this.cache = cache;
        this.sessions = sessions;
    }
    /** Adds the hooks to the server; call before the routes are ready. */
    register(fastify) {
        fastify.addHook('preHandler', (request, reply) => this.beforeHandler(request, reply));
        fastify.addHook('onSend', async (request, reply, payload) => this.beforeSend(request, reply, payload));
        const settle = async (request) => {
            this.handling.get(request)?.lead?.(null);
        };
        fastify.addHook('onResponse', settle);
        fastify.addHook('onRequestAbort', settle);
    }
    isAnonymous(request) {
        return this.sessions.tokenFrom(request) === null && request.headers.authorization === undefined;
    }
    /** Sends a fresh kept answer and returns the reply, or returns nothing for the ordinary way. */
    async beforeHandler(request, reply) {
        if (request.url !== graphql_key_1.GRAPHQL_PATH)
            return;
        const handling = { anonymous: this.isAnonymous(request) };
        this.handling.set(request, handling);
        if (!handling.anonymous)
            return;
        const key = (0, graphql_key_1.graphqlCacheKey)(request);
        if (!key)
            return;
        let leading;
        const lead = new Promise((resolve) => (leading = () => resolve('lead')));
        const answer = this.cache.get(key, () => new Promise((resolve) => {
            handling.lead = resolve;
            leading();
        }));
        answer.catch(() => undefined);
        let first;
        try {
            first = await Promise.race([answer, lead]);
        }
        catch (error) {
            logger.error(error, 'The public cache could not be read; answering the ordinary way.');
            return;
        }
        if (first === 'lead') {
            handling.answer = answer;
            return;
        }
        return first ? this.send(request, reply, first) : undefined;
    }
    send(request, reply, answer) {
        void reply.headers(answer.headers).header('etag', answer.etag);
        return holds(request, answer.etag) ? reply.code(304).send() : reply.code(200).send(answer.body);
    }
    async beforeSend(request, reply, payload) {
        if (request.url !== graphql_key_1.GRAPHQL_PATH)
            return payload;
        const handling = this.handling.get(request);
        const anonymous = handling?.anonymous ?? this.isAnonymous(request);
        void reply.header('cache-control', anonymous ? exports.ANONYMOUS_CACHE_CONTROL : exports.SIGNED_IN_CACHE_CONTROL);
        if (!handling?.lead)
            return payload;
        const record = (0, answer_record_plugin_1.answerRecordOf)(request);
        const keep = reply.statusCode === 200 &&
            record?.operation === graphql_1.OperationTypeNode.QUERY &&
            record.clean &&
            typeof payload === 'string' &&
            payload.startsWith('{"data":');
        handling.lead(keep ? { body: payload, headers: { 'content-type': String(reply.getHeader('content-type')) } } : null);
        handling.lead = undefined;
        const answer = keep ? await handling.answer : null;
        if (answer)
            void reply.header('etag', answer.etag);
        return payload;
    }
};
exports.GraphQLFastPath = GraphQLFastPath;
exports.GraphQLFastPath = GraphQLFastPath = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [public_cache_1.PublicCache,
        sessions_service_1.SessionsService])
], GraphQLFastPath);
//# sourceMappingURL=graphql-fast-path.js.map