import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text files worth compressing; images other than SVG and fonts in WOFF2 are compressed already. */
const TEXT = /\.(js|mjs|css|html|svg|json|txt)$/i;
/** Below this, a compressed copy saves less than a packet. */
const SMALLEST = 1024;

/**
 * Writes a Brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside each text file of
 * the folder and its subfolders, where the copy is smaller; returns the files written. The server
 * sends the copy a browser accepts (api/src/web/static-files.ts, `preCompressed`), so answering a
 * request compresses nothing.
 */
export function precompressFolder(folder: string): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const file = join(folder, entry);
    if (!TEXT.test(file) || !statSync(file).isFile()) continue;
    const content = readFileSync(file);
    if (content.length < SMALLEST) continue;
    const copies: [string, Buffer][] = [
      [
        `${file}.br`,
        brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      ],
      [`${file}.gz`, gzipSync(content, { level: 9 })],
    ];
    for (const [path, compressed] of copies) {
      if (compressed.length >= content.length) continue;
      writeFileSync(path, compressed);
      written.push(path);
    }
  }
  return written;
}

/** After a build for browsers, the compressed copies of what it wrote (public files included). */
export function precompress(): Plugin {
  let outDir: string | null = null;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      // A build for the server (`build.ssr`) is read from disk, never sent: nothing to compress.
      if (config.build.ssr) return;
      outDir = isAbsolute(config.build.outDir) ? config.build.outDir : join(config.root, config.build.outDir);
    },
    closeBundle() {
      if (outDir) precompressFolder(outDir);
    },
  };
}
