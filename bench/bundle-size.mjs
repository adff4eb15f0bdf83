// The JavaScript budget of a first visit (docs/adr/0002): loads the demo plan's dashboard in
// Chromium against the built app, collects every JavaScript file requested before any scroll,
// and sums their gzip sizes (level 9) from web/dist. Exits 1 when the total exceeds 150 KB
// (150 × 1024 bytes) at any of the screen sizes. Needs api/dist and web/dist
// (`npx nx run-many -t build --projects=api,web`). Usage: node bench/bundle-size.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const BUDGET = 150 * 1024;
const PAGE = '/labour-muslim-network/islamophobia-action-plan';
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];
// The same browser as the e2e suite (e2e/playwright.config.ts; docs/adr/0001-stack.md).
const CHROMIUM = {
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
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'web', 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function startServer(folder) {
  const env = { ...process.env, DATABASE_URL: join(folder, 'tracker.sqlite'), NODE_ENV: 'production', PORT: '0' };
  const child = spawn(process.execPath, [join(root, 'api', 'dist', 'main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Serving the dashboard and \/graphql at (\S+)\//.exec(output);
      if (match) resolve({ child, url: match[1].replace('[::1]', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
}

/** Paths of the JavaScript files a fresh browser requests to show the page, without scrolling. */
async function scriptsOfFirstVisit(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'script' || path.endsWith('.js')) scripts.add(path);
  });
  await page.goto(url + PAGE, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Anything the page fetches by itself once shown (lazy chunks near the top) counts too.
  await page.waitForTimeout(1000);
  await context.close();
  return [...scripts].sort();
}

function gzipSize(path) {
  const file = readFileSync(join(dist, path));
  return { raw: file.length, gzip: gzipSync(file, { level: 9 }).length };
}

const folder = mkdtempSync(join(tmpdir(), 'tracker-bundle-'));
let server;
let failed = false;
try {
  server = await startServer(folder);
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const viewport of VIEWPORTS) {
      const scripts = await scriptsOfFirstVisit(browser, server.url, viewport);
      console.log(
        `\nFirst visit to ${PAGE} at ${viewport.width}×${viewport.height}: ${scripts.length} JavaScript files`,
      );
      let total = 0;
      for (const path of scripts) {
        const { raw, gzip } = gzipSize(path);
        total += gzip;
        console.log(`  ${kb(gzip).padStart(9)} gzip  ${kb(raw).padStart(9)} raw  ${path}`);
      }
      const verdict = total <= BUDGET ? 'within' : 'OVER';
      console.log(`  ${kb(total).padStart(9)} gzip in total: ${verdict} the budget of ${kb(BUDGET)}`);
      if (total > BUDGET) failed = true;
    }
  } finally {
    await browser.close();
  }
} finally {
  server?.child.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}

if (failed) {
  console.error('\nThe JavaScript of a first visit is over budget (docs/adr/0002-charts-and-bundle-budget.md).');
  process.exit(1);
}
