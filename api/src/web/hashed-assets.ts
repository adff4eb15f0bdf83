import { readdirSync, readFileSync, statSync } from 'node:fs';
import { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { EarlyAnswersSetup } from '../public-cache/early-answers';
import { ContentEncoding, PublicAnswer } from '../public-cache/public-cache';
import { chooseEncoding, holdsTag } from '../public-cache/public-answer-reply';
import { answerFirst, headerList } from './answer-first';
import { CACHE_HASHED } from './static-files';

/** What Vite writes to assets/ that pages load, typed as @fastify/static types them. */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The compressed copies the build writes beside a file (web/build/precompress.ts), by their suffix. */
const COPIES: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/** One file as it is sent in one encoding: its bytes, and its headers as `writeHead` takes them. */
interface Copy {
  etag: string;
  body: Buffer;
  headers: string[];
  notModified: string[];
}

interface Asset extends Pick<PublicAnswer, 'encoded'> {
  copies: Map<ContentEncoding | 'identity', Copy>;
}

/**
 * The built dashboard's hashed scripts and styles (web/dist/assets), held in memory and sent from
 * node:http's `request` event, before Fastify: under a crowd's queries, the files every page
 * loads cost a lookup and a write, and never wait for a disk read.
 *
 * They are sent as @fastify/static sends them (static-files.ts): the same security headers,
 * content type, `Cache-Control` of a year, `Vary`, weak ETag and Last-Modified of the file or of
 * its compressed copy, the Brotli or gzip copy the client accepts, and 304 for an `If-None-Match`
 * naming the tag; every request gets its X-Request-Id, and the log counts it. Anything else — another
 * method, a query string, a range, an `If-Modified-Since` without a tag, a name not built —
 * goes the ordinary way. The files are read once at start: a new build is a new start.
 */
export class HashedAssets {
  private constructor(
    private readonly assets: Map<string, Asset>,
    private readonly setup: Omit<EarlyAnswersSetup, 'signedIn'>,
  ) {}

  /** The scripts and styles of `web`/assets, or none when the folder is not there. */
  static load(web: string, setup: Omit<EarlyAnswersSetup, 'signedIn'>): HashedAssets {
    const folder = join(web, 'assets');
    const assets = new Map<string, Asset>();
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      // No built assets: everything goes the ordinary way.
    }
    for (const name of names) {
      const contentType = CONTENT_TYPES[extname(name)];
      if (contentType) assets.set(`/assets/${name}`, asset(join(folder, name), contentType, setup.securityHeaders));
    }
    return new HashedAssets(assets, setup);
  }

  /** Puts the assets in front of the server's listeners (answer-first.ts). */
  attach(server: Server): void {
    answerFirst(server, (request, response, next) => {
      if (!this.answer(request, response)) next();
    });
  }

  private answer(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET') return false;
    const asset = this.assets.get(request.url ?? '');
    const { headers } = request;
    if (!asset || headers.range !== undefined) return false;
    if (headers['if-none-match'] === undefined && headers['if-modified-since'] !== undefined) return false;
    const started = performance.now();
    const copy = asset.copies.get(chooseEncoding(headers['accept-encoding'], asset) ?? 'identity')!;
    const id = this.setup.requestId(request);
    if (holdsTag(headers['if-none-match'], copy.etag)) {
      response.writeHead(304, [...copy.notModified, 'x-request-id', id]).end();
    } else {
      response.writeHead(200, [...copy.headers, 'x-request-id', id]).end(copy.body);
    }
    this.setup.log(request, response.statusCode, performance.now() - started);
    return true;
  }
}

/** A file and the compressed copies beside it, each with the headers it is sent with. */
function asset(path: string, contentType: string, securityHeaders: OutgoingHttpHeaders): Asset {
  const copies = new Map<ContentEncoding | 'identity', Copy>();
  const encoded: Asset['encoded'] = {};
  const add = (encoding: ContentEncoding | 'identity', file: string) => {
    const { size, mtime } = statSync(file);
    const body = readFileSync(file);
    const etag = `W/"${size.toString(16)}-${mtime.getTime().toString(16)}"`;
    const notModified: OutgoingHttpHeaders = {
      ...securityHeaders,
      'accept-ranges': 'bytes',
      'cache-control': CACHE_HASHED,
      vary: 'accept-encoding',
      'last-modified': mtime.toUTCString(),
      etag,
    };
    const headers = {
      ...notModified,
      'content-type': contentType,
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      'content-length': String(size),
    };
    copies.set(encoding, { etag, body, headers: headerList(headers), notModified: headerList(notModified) });
    if (encoding !== 'identity') encoded[encoding] = body;
  };
  add('identity', path);
  for (const [encoding, suffix] of Object.entries(COPIES) as [ContentEncoding, string][]) {
    try {
      add(encoding, path + suffix);
    } catch {
      // No copy in this encoding: the file is sent as it is to those who ask for it.
    }
  }
  return { copies, encoded };
}
