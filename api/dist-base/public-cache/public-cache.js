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
exports.PublicCache = exports.PUBLIC_CACHE_MAX_BYTES = void 0;
exports.etagOf = etagOf;
const common_1 = require("@nestjs/common");
const lru_cache_1 = require("lru-cache");
const node_crypto_1 = require("node:crypto");
const clock_1 = require("../common/clock");
const transactions_1 = require("../common/transactions");
const generation_check_1 = require("./generation-check");
/** The most bytes the kept answers (bodies, headers and keys) take together. */
exports.PUBLIC_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** A strong ETag: a hash of the bytes, so the same bytes have the same tag in every process. */
function etagOf(body) {
    return `"${(0, node_crypto_1.createHash)('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}
/**
 * Answers computed for anonymous readers, kept in memory and bounded by bytes (least recently
 * used go first), for whatever public bytes are expensive to compute: GraphQL answers
 * (graphql-fast-path.ts), rendered public pages.
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
 *   it, and each answers its request itself.
 * - On SQLite, an answer computed while a write transaction of this process was open (its reads
 *   may have seen rows not yet committed) is returned to those who asked but not kept.
 *
 * Keys are the callers' own; prefix them with what they name (`graphql:`, `page:`).
 */
let PublicCache = class PublicCache {
    generation;
    clock;
    transactions;
    kept;
    flights = new Map();
    constructor(generation, clock, transactions) {
        this.generation = generation;
        this.clock = clock;
        this.transactions = transactions;
        this.kept = new lru_cache_1.LRUCache({
            maxSize: exports.PUBLIC_CACHE_MAX_BYTES,
            sizeCalculation: (answer, key) => sizeOf(answer, key),
        });
    }
    async get(key, compute) {
        // Taken before the generation is read: a transaction open at any moment from here on keeps
        // what is computed from being kept.
        const mark = this.transactions.committedReadMark();
        const generation = await this.generation.current();
        const today = this.clock.today();
        const kept = this.kept.get(key);
        if (kept && kept.generation === generation && kept.today === today)
            return kept;
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
    /** How many bytes the kept answers take (never more than PUBLIC_CACHE_MAX_BYTES). */
    get size() {
        return this.kept.calculatedSize;
    }
    async compute(key, compute, at) {
        const computed = await compute();
        if (!computed)
            return null;
        const body = Buffer.isBuffer(computed.body) ? computed.body : Buffer.from(computed.body, 'utf8');
        const answer = {
            body,
            headers: { ...computed.headers },
            etag: etagOf(body),
            generation: at.generation,
            today: at.today,
        };
        const clean = at.mark !== null && this.transactions.committedReadMark() === at.mark;
        if (clean)
            this.kept.set(key, answer);
        return answer;
    }
};
exports.PublicCache = PublicCache;
exports.PublicCache = PublicCache = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [generation_check_1.GenerationCheck,
        clock_1.Clock,
        transactions_1.Transactions])
], PublicCache);
function sizeOf(answer, key) {
    let size = answer.body.length + key.length + answer.etag.length + 128;
    for (const [name, value] of Object.entries(answer.headers))
        size += name.length + value.length;
    return size;
}
//# sourceMappingURL=public-cache.js.map