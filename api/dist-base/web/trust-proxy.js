"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseTrustProxy = parseTrustProxy;
exports.clientAddress = clientAddress;
exports.fromTrustedProxy = fromTrustedProxy;
const proxy_addr_1 = __importDefault(require("@fastify/proxy-addr"));
/** The most proxies a request may pass through that a hop count can trust. */
const MAX_HOPS = 10;
/**
 * Reads TRUST_PROXY with Fastify's trustProxy semantics: unset trusts no proxy; a hop count `N`
 * trusts the N nearest hops whatever their address; a comma-separated list of addresses and CIDR
 * ranges (or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`) trusts hops at those
 * addresses. Returns the problem in words for a value that is none of these.
 */
function parseTrustProxy(value) {
    const text = value?.trim() ?? '';
    if (text === '')
        return { trust: null };
    if (/^\d+$/.test(text)) {
        const hops = Number(text);
        if (hops < 1 || hops > MAX_HOPS)
            return {
                trust: null,
                problem: `a hop count must be between 1 and ${MAX_HOPS} (leave it unset to trust no proxy)`,
            };
        return { trust: (_address, hop) => hop < hops };
    }
    if (/^(true|yes|on|all|\*)$/i.test(text))
        return {
            trust: null,
            problem: "trusting every address would let any client choose its own address; give the proxy's address or a hop count",
        };
    const entries = text.split(',').map((entry) => entry.trim());
    if (entries.some((entry) => entry === ''))
        return { trust: null, problem: 'a list of addresses must not have empty entries' };
    try {
        return { trust: proxy_addr_1.default.compile(entries) };
    }
    catch (error) {
        return {
            trust: null,
            problem: `${error.message}; give a hop count such as 1 or addresses and CIDR ranges such as 127.0.0.1,10.0.0.0/8`,
        };
    }
}
/** The client's address: the connected peer's, or the nearest untrusted one in X-Forwarded-For. */
function clientAddress(request, trust) {
    if (!trust)
        return request.socket.remoteAddress ?? '';
    const addresses = proxy_addr_1.default.all(request, trust);
    return addresses[addresses.length - 1] ?? '';
}
/** Whether the connected peer is a trusted proxy, whose headers (X-Forwarded-For, X-Request-Id) count. */
function fromTrustedProxy(request, trust) {
    const peer = request.socket?.remoteAddress;
    return Boolean(trust && peer && trust(peer, 0));
}
//# sourceMappingURL=trust-proxy.js.map