import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressFolder } from './precompress.ts';

describe('precompressFolder', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes Brotli and gzip copies of text files that decompress to the original, and leaves the rest', () => {
    folder = mkdtempSync(join(tmpdir(), 'tracker-precompress-'));
    mkdirSync(join(folder, 'assets'));
    const script = `export const figures = [${Array.from({ length: 400 }, (_, i) => i).join(', ')}];\n`;
    writeFileSync(join(folder, 'assets', 'page-a1b2c3.js'), script);
    writeFileSync(join(folder, 'assets', 'page-a1b2c3.css'), '.card { padding: 1rem; }\n'.repeat(100));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>Tracker</title>');
    writeFileSync(join(folder, 'assets', 'photo.png'), Buffer.alloc(4096, 7));

    const written = precompressFolder(folder);

    const js = join(folder, 'assets', 'page-a1b2c3.js');
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(readFileSync(`${js}.br`).length).toBeLessThan(script.length);
    expect(existsSync(join(folder, 'assets', 'page-a1b2c3.css.br'))).toBe(true);
    // Too small to gain anything, or not text.
    expect(existsSync(join(folder, 'index.html.br'))).toBe(false);
    expect(existsSync(join(folder, 'assets', 'photo.png.br'))).toBe(false);
    expect(written.sort()).toEqual(
      ['page-a1b2c3.css.br', 'page-a1b2c3.css.gz', 'page-a1b2c3.js.br', 'page-a1b2c3.js.gz'].map((name) =>
        join(folder, 'assets', name),
      ),
    );
  });
});
