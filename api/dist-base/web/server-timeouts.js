"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serverTimeouts = serverTimeouts;
/** How often Node looks for requests past their time: the bounds hold to within this. */
const CHECK_EVERY_MS = 1_000;
/**
 * A connection silent both ways this long is closed. Longer than the 72 s keep-alive Fastify announces,
 * so an idle keep-alive connection ends by keep-alive first.
 */
const SILENT_CONNECTION_MS = 120_000;
/**
 * Bounds on how long a client may take to send a request, so one that trickles its headers or body
 * in a byte at a time is cut off (408) within seconds instead of holding a connection for minutes.
 */
function serverTimeouts(config) {
    return {
        connectionTimeout: SILENT_CONNECTION_MS,
        requestTimeout: config.HTTP_REQUEST_TIMEOUT_SECONDS * 1_000,
        http: {
            headersTimeout: config.HTTP_HEADERS_TIMEOUT_SECONDS * 1_000,
            requestTimeout: config.HTTP_REQUEST_TIMEOUT_SECONDS * 1_000,
            connectionsCheckingInterval: CHECK_EVERY_MS,
        },
    };
}
//# sourceMappingURL=server-timeouts.js.map