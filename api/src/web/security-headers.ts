import type { onRequestHookHandler } from 'fastify';
import { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import helmet, { HelmetOptions } from 'helmet';
import { AppConfig } from '../config/app-config';

/** HSTS: a year, subdomains included; sent only when the tracker is reached over HTTPS. */
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The response headers of docs/security.md, set by helmet on every response: pages, files, the API
 * and the health routes. Over HTTPS (PUBLIC_URL), browsers are also told to use HTTPS only.
 */
export function securityHeaders(config: AppConfig): HelmetOptions {
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

/**
 * Sets the security headers on every response, from a helmet middleware built once at start.
 * (@fastify/helmet builds helmet's middleware afresh for each request, a measurable share of a
 * cached answer's time.)
 */
export function securityHeadersHook(config: AppConfig): onRequestHookHandler {
  const setHeaders = helmet(securityHeaders(config));
  return (request, reply, done) => {
    setHeaders(request.raw, reply.raw, (error?: unknown) => (error ? done(error as Error) : done()));
  };
}

/**
 * The same headers as a list, for answers sent before Fastify runs (public-cache/early-answers.ts):
 * helmet's headers depend on the configuration alone, never on the request.
 */
export function securityHeaderList(config: AppConfig): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const collector = {
    setHeader: (name: string, value: string) => void (headers[name] = value),
    removeHeader: () => undefined,
  };
  helmet(securityHeaders(config))({} as IncomingMessage, collector as unknown as ServerResponse, (error?: unknown) => {
    if (error instanceof Error) throw error;
    if (error) throw new Error(String(error));
  });
  return headers;
}
