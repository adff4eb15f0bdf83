// What a first visit downloads (docs/adr/0002): loads the home page, the demo plan's dashboard
// and one of its commitments in a fresh Chromium against the built app, collects every
// JavaScript and CSS file requested before any scroll, and prints their gzip sizes (level 9)
// from web/dist. Only the dashboard's JavaScript has a budget: the script exits 1 when it is
// over 150 KB (150 × 1024 bytes) at any of the screen sizes; the other figures are reported.
// Needs api/dist and web/dist (`npx nx run-many -t build --projects=api,web`).
// Usage: node bench/bundle-size.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './server.mjs';

const BUDGET = 150 * 1024;
const PLAN = '/labour-muslim-network/islamophobia-action-plan';
const PAGES = [
  { name: 'home page', path: '/', budgeted: false },
  { name: 'dashboard', path: PLAN, budgeted: true },
  { name: 'commitment page', path: `${PLAN}/commitments/C1`, budgeted: false },
];
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'web', 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function startServer(folder) {
  const env = {
    ...process.env,
    DATABASE_URL: join(folder, 'tracker.sqlite'),
    NODE_ENV: 'production',
    DEMO_DATA: 'on',
    PORT: '0',
  };
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

/** Paths of the JavaScript and CSS files a fresh browser requests to show the page, without scrolling. */
async function filesOfFirstVisit(browser, url, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const scripts = new Set();
  const stylesheets = new Set();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'script' || path.endsWith('.js')) scripts.add(path);
    if (request.resourceType() === 'stylesheet' || path.endsWith('.css')) stylesheets.add(path);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Anything the page fetches by itself once shown (lazy chunks near the top) counts too.
  await page.waitForTimeout(1000);
  await context.close();
  return { scripts: [...scripts].sort(), stylesheets: [...stylesheets].sort() };
}

function gzipSize(path) {
  const file = readFileSync(join(dist, path));
  return { raw: file.length, gzip: gzipSync(file, { level: 9 }).length };
}

/** Prints one line per file and returns the gzip total. */
function printFiles(kind, paths) {
  console.log(`  ${kind}: ${paths.length} files`);
  let total = 0;
  for (const path of paths) {
    const { raw, gzip } = gzipSize(path);
    total += gzip;
    console.log(`    ${kb(gzip).padStart(9)} gzip  ${kb(raw).padStart(9)} raw  ${path}`);
  }
  console.log(`    ${kb(total).padStart(9)} gzip of ${kind}`);
  return total;
}

const folder = mkdtempSync(join(tmpdir(), 'tracker-bundle-'));
let server;
let failed = false;
const summary = [];
try {
  server = await startServer(folder);
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const { name, path, budgeted } of PAGES) {
      for (const viewport of VIEWPORTS) {
        const size = `${viewport.width}×${viewport.height}`;
        const { scripts, stylesheets } = await filesOfFirstVisit(browser, server.url + path, viewport);
        console.log(`\nFirst visit to the ${name} (${path}) at ${size}`);
        const js = printFiles('JavaScript', scripts);
        const css = printFiles('CSS', stylesheets);
        let verdict = 'no budget';
        if (budgeted) {
          verdict = js <= BUDGET ? `within the budget of ${kb(BUDGET)}` : `OVER the budget of ${kb(BUDGET)}`;
          if (js > BUDGET) failed = true;
        }
        summary.push({ name, size, js, css, verdict });
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  server?.child.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}

console.log('\nFirst visits, gzip (JavaScript budget: the dashboard only)');
for (const { name, size, js, css, verdict } of summary) {
  console.log(`  ${`${name} at ${size}`.padEnd(29)} JS ${kb(js).padStart(9)}  CSS ${kb(css).padStart(8)}  ${verdict}`);
}

if (failed) {
  console.error('\nThe JavaScript of a first visit is over budget (docs/adr/0002-charts-and-bundle-budget.md).');
  process.exit(1);
}
