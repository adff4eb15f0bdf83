import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import testClock from '../scripts/test-clock.json' with { type: 'json' };
import { graphqlDocuments } from './build/graphqlDocuments.ts';
import { precompress } from './build/precompress.ts';

const apiOrigin = 'http://127.0.0.1:3000';

/**
 * The server's entry (src/ssr/entry-server.tsx, `vite build --ssr`): one CommonJS file with every
 * library inside, which the api can require() (jest included), in a folder that is never served.
 */
const serverBuild = {
  outDir: 'dist-server',
  emptyOutDir: true,
  copyPublicDir: false,
  sourcemap: false,
  rolldownOptions: {
    output: { format: 'cjs', entryFileNames: 'entry-server.cjs', codeSplitting: false },
  },
} as const;

export default defineConfig(({ mode, isSsrBuild }) => ({
  plugins: [graphqlDocuments(fileURLToPath(new URL('src/__generated__/', import.meta.url))), react(), precompress()],
  resolve: {
    // The rules library's TypeScript source, bundled and tested with the app (tsconfig.json
    // maps it the same way), so the web never depends on a build of it.
    alias: { '@tracker/rules': fileURLToPath(new URL('../libs/rules/src/index.ts', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    // Names each page's chunk and styles by its source module, for the pages the server renders
    // (dist/.vite/, a dot folder, is never served).
    manifest: true,
    // Production builds ship no source maps (the server would not serve them either: docs/security.md).
    sourcemap: mode !== 'production',
    rolldownOptions: {
      output: {
        // Libraries every page needs change far less often than the app: separate chunks stay
        // cached across releases. Libraries only some pages need (the Markdown renderer) are
        // left to their pages' lazy chunks (docs/adr/0002).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|@graphql-typed-document-node)[\\/]/,
            },
          ],
        },
      },
    },
  },
  ...(isSsrBuild
    ? {
        build: serverBuild,
        ssr: { noExternal: true, target: 'node' as const },
        define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
      }
    : {}),
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    // Web tests see the test run's clock (src/test/setup.ts), as the e2e browser and servers do.
    env: { TEST_CLOCK_START: process.env.TEST_CLOCK_START || testClock.start },
    restoreMocks: true,
    // Room for the longer waits of src/test/setup.ts on a busy machine.
    testTimeout: 15_000,
  },
}));
