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
 * pages' index.html first) revalidated; dotfiles never, and source maps not in production.
 */
export function staticFiles(root: string, config: AppConfig): FastifyStaticOptions {
  return {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (response, path) => {
      response.setHeader('cache-control', cacheControlOf(relative(root, path)));
    },
    allowedPath: config.isProduction ? (pathname) => !SOURCE_MAP.test(pathname) : undefined,
  };
}
