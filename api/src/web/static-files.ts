import { FastifyStaticOptions } from '@fastify/static';
import { relative } from 'node:path';
import { AppConfig } from '../config/app-config';

/** Vite names what it emits to assets/ by a hash of the content: a new build gives new names. */
const HASHED = /^assets[\\/]/;
const SOURCE_MAP = /\.map$/i;

export const CACHE_HASHED = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server (ETag) before each use, so a deploy is seen at once. */
export const CACHE_REVALIDATE = 'no-cache';

/** How long a browser may keep a file of the built dashboard, by its path relative to the folder. */
export function cacheControlOf(relativePath: string): string {
  return HASHED.test(relativePath) ? CACHE_HASHED : CACHE_REVALIDATE;
}

/**
 * Serves the built dashboard from `root`: hashed assets cached for a year, everything else (the
 * pages' index.html first) revalidated; dotfiles never, and source maps not in production. The
 * build writes Brotli and gzip copies of its text files (web/build/precompress.ts): a browser
 * that accepts one gets it, so no answer is compressed while serving, and caches keep one copy
 * per encoding.
 */
export function staticFiles(root: string, config: AppConfig): FastifyStaticOptions {
  return {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    preCompressed: true,
    setHeaders: (response, path) => {
      response.setHeader('cache-control', cacheControlOf(relative(root, path)));
      response.setHeader('vary', 'accept-encoding');
    },
    allowedPath: config.isProduction ? (pathname) => !SOURCE_MAP.test(pathname) : undefined,
  };
}
