"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CACHE_REVALIDATE = exports.CACHE_HASHED = void 0;
exports.cacheControlOf = cacheControlOf;
exports.staticFiles = staticFiles;
const node_path_1 = require("node:path");
/** Vite names what it emits to assets/ by a hash of the content: a new build gives new names. */
const HASHED = /^assets[\\/]/;
const SOURCE_MAP = /\.map$/i;
exports.CACHE_HASHED = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server (ETag) before each use, so a deploy is seen at once. */
exports.CACHE_REVALIDATE = 'no-cache';
/** How long a browser may keep a file of the built dashboard, by its path relative to the folder. */
function cacheControlOf(relativePath) {
    return HASHED.test(relativePath) ? exports.CACHE_HASHED : exports.CACHE_REVALIDATE;
}
/**
 * Serves the built dashboard from `root`: hashed assets cached for a year, everything else (the
 * pages' index.html first) revalidated; dotfiles never, and source maps not in production.
 */
function staticFiles(root, config) {
    return {
        root,
        prefix: '/',
        wildcard: true,
        index: ['index.html'],
        dotfiles: 'ignore',
        cacheControl: false,
        setHeaders: (response, path) => {
            response.setHeader('cache-control', cacheControlOf((0, node_path_1.relative)(root, path)));
        },
        allowedPath: config.isProduction ? (pathname) => !SOURCE_MAP.test(pathname) : undefined,
    };
}
//# sourceMappingURL=static-files.js.map