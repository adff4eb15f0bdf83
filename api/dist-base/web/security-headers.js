"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.securityHeaders = securityHeaders;
/** HSTS: a year, subdomains included; sent only when the tracker is reached over HTTPS. */
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
/**
 * The response headers of docs/security.md, set by helmet on every response: pages, files, the API
 * and the health routes. Over HTTPS (PUBLIC_URL), browsers are also told to use HTTPS only.
 */
function securityHeaders(config) {
    const https = config.secureCookies;
    return {
        contentSecurityPolicy: {
            useDefaults: false,
            directives: {
                defaultSrc: ["'self'"],
                scriptSrc: ["'self'"],
                styleSrc: ["'self'"],
                imgSrc: ["'self'", 'data:'],
                objectSrc: ["'none'"],
                baseUri: ["'none'"],
                frameAncestors: ["'none'"],
                formAction: ["'self'"],
                ...(https ? { upgradeInsecureRequests: [] } : {}),
            },
        },
        referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
        crossOriginOpenerPolicy: { policy: 'same-origin' },
        crossOriginResourcePolicy: { policy: 'same-origin' },
        crossOriginEmbedderPolicy: false,
        xFrameOptions: { action: 'deny' },
        strictTransportSecurity: https ? { maxAge: ONE_YEAR_SECONDS, includeSubDomains: true } : false,
    };
}
//# sourceMappingURL=security-headers.js.map