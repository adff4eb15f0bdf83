import { Logger } from '@nestjs/common';
import { londonDate } from '@tracker/rules';
import { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { currentTime } from '../common/clock';

/** What the web's server entry (web/src/ssr/entry-server.tsx, built to web/dist-server/) exports. */
interface ServerEntry {
  publicPageModule(pathname: string): string | null;
  renderPage(options: { url: string; today: string; fetch: typeof fetch; signal?: AbortSignal }): Promise<{
    status: 200 | 404;
    title: string;
    html: string;
    state: string;
    feed?: { href: string; title: string } | null;
  }>;
  STATE_ELEMENT_ID: string;
}

/** A chunk of the built web's manifest (dist/.vite/manifest.json), keyed by its source module. */
interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/** A rendered page as it is sent: a pure function of its address, the data and the day. */
export interface RenderedPage {
  status: 200 | 404;
  html: string;
  etag: string;
}

/** Answers the page's GraphQL requests (POST /graphql) the way the browser's fetch would get them. */
export type GraphQLFetch = typeof fetch;

/** The longest a page's render may take before the plain app is sent instead. */
const RENDER_TIME_LIMIT_MS = 10_000;

const ROOT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;
/** index.html's note for readers without JavaScript: a rendered page shows its content to them. */
const NO_SCRIPT_NOTE = /\s*<noscript>[\s\S]*?<\/noscript>/;
/** index.html's module script (the app's entry) and the modules it imports, as Vite writes them. */
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
/** The file (web/public/start-app.js) that fetches the app's modules once the page is on screen. */
export const START_APP = '/start-app.js';

/** The page's Atom feed as `<link rel="alternate">`, for browsers and readers to discover it. */
function feedLink(feed: { href: string; title: string } | null | undefined): string {
  if (!feed) return '';
  return `\n    <link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(feed.href)}">`;
}

/**
 * index.html as the template of rendered pages: its entry script and module preloads are taken
 * out, to be fetched by start-app.js after the first paint, and the entry's address returned. A
 * rendered page needs no script to be seen, so on a slow phone connection its text and styles go
 * first.
 */
function withoutModules(html: string): { template: string; entry: string } | null {
  const entry = ENTRY_SCRIPT.exec(html);
  if (!entry) return null;
  return { template: html.replace(ENTRY_SCRIPT, '').replace(MODULE_PRELOAD, ''), entry: entry[1] };
}

/** Distinct render failures logged; the same failure again is not logged twice. */
const LOGGED_FAILURES = 100;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The built web's server entry beside its folder: web/dist → web/dist-server/entry-server.cjs. */
export function serverEntryPath(webDist: string): string {
  return join(dirname(webDist), 'dist-server', 'entry-server.cjs');
}

/**
 * The public pages (home, a plan's dashboard, its commitments, a commitment, a report) rendered
 * on the server for anonymous readers, from the same React components as the browser's, with
 * the data the page needs embedded so the app hydrates without asking the API again
 * (docs/architecture.md, "A public page, rendered on the server").
 */
export class PageRendering {
  private readonly logger = new Logger('Pages');
  private readonly loggedFailures = new Set<string>();

  private loadedEntry: ServerEntry | null = null;
  private entryFailed = false;

  private constructor(
    private readonly entryPath: string,
    private readonly template: string,
    /** The app's entry in the manifest (index.html's module script). */
    private readonly entryKey: string,
    private readonly manifest: Record<string, ManifestChunk>,
  ) {}

  /**
   * The server entry, loaded on first use (a quarter of a second): the CLI, which builds the
   * same app, never pays for it. Null, logged once, when it cannot be loaded: every page is
   * then the plain index.html.
   */
  private get entry(): ServerEntry | null {
    if (this.loadedEntry || this.entryFailed) return this.loadedEntry;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.loadedEntry = require(this.entryPath) as ServerEntry;
    } catch (error) {
      this.entryFailed = true;
      this.logFailure(this.entryPath, error);
    }
    return this.loadedEntry;
  }

  /**
   * Loads the built web's index.html (as the template) and its manifest, once; its server entry
   * on first use. Null when the web was built without them: every page is then the plain index.html.
   */
  static load(webDist: string): PageRendering | null {
    const logger = new Logger('Pages');
    const entryPath = serverEntryPath(webDist);
    const manifestPath = join(webDist, '.vite', 'manifest.json');
    if (!existsSync(entryPath) || !existsSync(manifestPath)) {
      logger.log('The web was built without its server entry: pages are rendered in the browser.');
      return null;
    }
    const html = readFileSync(join(webDist, 'index.html'), 'utf8');
    const split = withoutModules(html);
    if (!split || !html.includes(ROOT) || !TITLE.test(html) || !html.includes('</head>')) {
      logger.warn(`index.html has no ${ROOT}, <title>, </head> or module script: pages are rendered in the browser.`);
      return null;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
    const entryKey = Object.keys(manifest).find((key) => `/${manifest[key].file}` === split.entry);
    if (!entryKey) {
      logger.warn(`The manifest does not name index.html's script ${split.entry}: pages are rendered in the browser.`);
      return null;
    }
    return new PageRendering(entryPath, split.template, entryKey, manifest);
  }

  /** Whether the address (a path, without its query string) is a public page rendered here. */
  isPublicPage(pathname: string): boolean {
    return (this.entry?.publicPageModule(pathname) ?? null) !== null;
  }

  /**
   * The page at `url` (path and query string) as an anonymous reader gets it, with its data
   * fetched through `graphql`. Throws when it cannot be rendered.
   */
  async render(url: string, graphql: GraphQLFetch): Promise<RenderedPage> {
    const entry = this.entry;
    const module = entry?.publicPageModule(url.split('?')[0]);
    if (!entry || !module) throw new Error('not a public page');
    const page = await entry.renderPage({
      url,
      today: londonDate(currentTime()),
      fetch: graphql,
      signal: AbortSignal.timeout(RENDER_TIME_LIMIT_MS),
    });
    const html = this.template
      .replace(TITLE, `<title>${escapeHtml(page.title)}</title>${feedLink(page.feed)}`)
      .replace('</head>', `${this.assetLinks(module)}</head>`)
      .replace(
        ROOT,
        `<div id="root">${page.html}</div>${page.status === 200 ? this.stateScript(entry, page.state) : ''}`,
      )
      .replace(NO_SCRIPT_NOTE, '');
    const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
    return { status: page.status, html, etag };
  }

  /**
   * The state the browser hydrates from, as data it never runs. A "not found" page has none:
   * Apollo keeps no errors in its cache, so the browser renders that page afresh instead.
   */
  private stateScript(entry: ServerEntry, state: string): string {
    return `\n    <script type="application/json" id="${entry.STATE_ELEMENT_ID}">${state}</script>`;
  }

  /**
   * The page's style sheets (without which a reader with JavaScript off would see the page
   * unstyled), minus what index.html already links, and the script that fetches the app after
   * the first paint: the app's entry, the page's own chunk and every chunk they import (fetched at
   * once instead of after the app's own code), in the order to evaluate them.
   */
  private assetLinks(module: string): string {
    const { files, sheets } = this.chunksOf(module);
    return [
      ...[...sheets]
        .filter((file) => !this.template.includes(`/${file}"`))
        .map((file) => `  <link rel="stylesheet" crossorigin href="/${file}">\n  `),
      `  <script src="${START_APP}" defer data-modules="${escapeHtml(files.map((file) => `/${file}`).join(' '))}"></script>\n  `,
    ].join('');
  }

  /**
   * The chunks of the page's module and of the app's entry, each after every chunk it imports,
   * and the style sheets they bring. start-app.js evaluates them in that order, one a task, so
   * each import evaluates only its own chunk. The entry, which starts the app when it is
   * evaluated, comes as late as the chunks that import it allow: after every other chunk the
   * page needs, or just before the page's chunk when that imports from the entry.
   */
  private chunksOf(module: string): { files: string[]; sheets: Set<string> } {
    const files: string[] = [];
    const sheets = new Set<string>();
    const visited = new Set<string>();
    const entryLast = (a: string, b: string) => Number(a === this.entryKey) - Number(b === this.entryKey);
    const visit = (key: string) => {
      const chunk = this.manifest[key];
      if (!chunk || visited.has(key)) return;
      visited.add(key);
      for (const imported of [...(chunk.imports ?? [])].sort(entryLast)) visit(imported);
      // After the styles of the chunks it imports, as the app links them when it loads a page's chunk.
      for (const sheet of chunk.css ?? []) sheets.add(sheet);
      files.push(chunk.file);
    };
    visit(module);
    visit(this.entryKey);
    return { files, sheets };
  }

  /** Logs a failed render, each distinct failure once. */
  logFailure(path: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (this.loggedFailures.has(message) || this.loggedFailures.size >= LOGGED_FAILURES) return;
    this.loggedFailures.add(message);
    this.logger.error(
      `A page could not be rendered on the server (${path.slice(0, 200)}); the app renders it in the browser: ${message}`,
      error instanceof Error ? error.stack : undefined,
    );
  }
}

/**
 * A fetch for the page's GraphQL requests that runs them through this same server (Fastify's
 * inject, no socket): as an anonymous browser's requests, so the page holds exactly what an
 * anonymous reader may see, drafts never.
 */
export function graphqlThrough(server: FastifyInstance): GraphQLFetch {
  return async (_input, init) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      if (name !== 'cookie' && name !== 'authorization') headers[name] = value;
    });
    const response = await server.inject({
      method: 'POST',
      url: '/graphql',
      headers,
      payload: typeof init?.body === 'string' ? init.body : '',
    });
    return new Response(response.body, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
    });
  };
}
