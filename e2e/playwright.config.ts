import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import testClock from '../scripts/test-clock.json';

// E2E_PORT and E2E_WEB_DIST let several checkouts' runs share one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const HOST = '127.0.0.1';
const BASE_URL = `http://${HOST}:${PORT}`;

/**
 * One fresh SQLite database per run. Playwright loads this file again in every
 * worker process; the directory is created once in the runner and handed to the
 * workers through the environment they inherit.
 */
function databaseDir(): string {
  const existing = process.env.E2E_DATABASE_DIR;
  if (existing) return existing;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-e2e-'));
  process.env.E2E_DATABASE_DIR = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const DATABASE_URL = path.join(databaseDir(), 'tracker.sqlite');
// For fixtures/accounts.ts, which adds accounts with the CLI.
process.env.E2E_DATABASE_URL = DATABASE_URL;

// The run's clock: the server, the CLI and the browser (fixtures/clock.ts) all start at this instant.
const CLOCK_START = process.env.TEST_CLOCK_START || testClock.start;
process.env.CLOCK_START = CLOCK_START;

/** Specs that change figures other specs read: run after all the others. */
const LAST = /open-data\.spec\.ts$/;

const CHROMIUM = {
  browserName: 'chromium' as const,
  launchOptions: {
    // Debian's Chromium; `playwright install` cannot work on this network (docs/adr/0001-stack.md, "Pins and traps").
    executablePath: '/usr/lib/chromium/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: 'specs',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : undefined,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: CHROMIUM, testIgnore: LAST },
    // The open-data journey imports a spreadsheet into the demo plan (a milestone more, others
    // changed), and other specs count the demo's milestones: it runs once they have finished.
    { name: 'open-data', use: CHROMIUM, testMatch: LAST, dependencies: ['chromium'] },
  ],
  webServer: {
    // api and web must be built first (`npm test` and the Nx e2e target do this).
    command: 'node ../api/dist/main.js',
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST,
      NODE_ENV: 'production',
      // The specs read and write the demo's record; production leaves an empty database empty.
      DEMO_DATA: 'on',
      DATABASE_URL,
      CLOCK_START,
      // The XSS spec seeds hundreds of payloads through the API within seconds, faster than any
      // person writes; the write limits are proved by the api's integration tests.
      WRITES_PER_ACCOUNT_PER_MINUTE: '100000',
      WRITES_PER_ADDRESS_PER_MINUTE: '100000',
      WRITES_PER_ACCOUNT_PER_HOUR: '100000',
      WRITES_PER_ADDRESS_PER_HOUR: '100000',
      ...(process.env.E2E_WEB_DIST ? { WEB_DIST: process.env.E2E_WEB_DIST } : {}),
    },
  },
});
