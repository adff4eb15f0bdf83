"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUEST_ID_HEADER = void 0;
exports.requestIdOf = requestIdOf;
const node_crypto_1 = require("node:crypto");
const trust_proxy_1 = require("../web/trust-proxy");
/** The header a trusted proxy may send and every response carries. */
exports.REQUEST_ID_HEADER = 'x-request-id';
/** An id a proxy may hand on: letters, digits and `.`, `_`, `:`, `-`, 8 to 128 of them (a UUID is one). */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
const ids = new WeakMap();
/**
 * The request's id, the same every time it is asked for: a trusted proxy's well-formed
 * X-Request-Id (so its access log and ours share it), otherwise a new UUID. A client that is
 * not a trusted proxy cannot choose the id its requests are logged under.
 */
function requestIdOf(request, trust) {
    const known = ids.get(request);
    if (known)
        return known;
    const offered = request.headers[exports.REQUEST_ID_HEADER];
    const id = typeof offered === 'string' && WELL_FORMED.test(offered) && (0, trust_proxy_1.fromTrustedProxy)(request, trust)
        ? offered
        : (0, node_crypto_1.randomUUID)();
    ids.set(request, id);
    return id;
}
//# sourceMappingURL=request-id.js.map