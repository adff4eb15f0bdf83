import '@fastify/static';
import { FastifyReply, FastifyRequest } from 'fastify';
import { replyWithPublicAnswer } from '../public-cache/public-answer-reply';
import { pageKey, PublicAnswer, PublicBytes, PublicCache } from '../public-cache/public-cache';
import { graphqlThrough, PageRendering, RenderedPage } from './page-rendering';

const HTML = 'text/html; charset=utf-8';

/** Whether the request carries the session cookie (`name`): a signed-in reader, or one who was. */
function hasSessionCookie(request: FastifyRequest, name: string): boolean {
  return (request.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`));
}

/** Whether an `If-None-Match` header names this ETag. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

/** What the cache keeps of a rendered page: the page itself, never a "not found". */
function keepable(page: RenderedPage): PublicBytes | null {
  return page.status === 200 ? { body: page.html, headers: { 'content-type': HTML } } : null;
}

/**
 * Answers a GET of a page of the app: the dashboard's index.html, for the client router to show
 * the page; a public page asked for without a session cookie, rendered on the server with its
 * data when the web was built with its server entry (`pages`), or the plain index.html if that
 * fails. Signed-in readers always get the plain index.html. A rendered page is kept in the
 * public cache (fresh until the next write or midnight in London) and sent compressed when the
 * browser accepts it; a "not found" page is rendered each time, so strangers cannot fill the
 * cache with addresses that name nothing.
 */
export class PublicPages {
  constructor(
    private readonly pages: PageRendering | null,
    private readonly sessionCookie: string,
    private readonly cache: PublicCache,
  ) {}

  /** Sends the page; never awaits or returns the reply itself (a thenable that Fastify would wait on again). */
  async answer(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const path = request.url.split('?')[0];
    const pages = this.pages;
    if (!pages?.isPublicPage(path)) {
      void reply.sendFile('index.html');
      return;
    }
    // The answer differs for a signed-in reader: caches must not hand one's to the other.
    void reply.header('vary', 'Cookie');
    if (hasSessionCookie(request, this.sessionCookie)) {
      void reply.sendFile('index.html');
      return;
    }
    let rendered: RenderedPage | undefined;
    const render = async () => (rendered = await pages.render(request.url, graphqlThrough(request.server)));
    let kept: PublicAnswer | null;
    try {
      kept = await this.cache.get(pageKey(request.url), async () => keepable(await render()));
      if (!kept) rendered ??= await render();
    } catch (error) {
      pages.logFailure(path, error);
      void reply.sendFile('index.html');
      return;
    }
    void reply.header('cache-control', 'no-cache');
    if (kept) {
      replyWithPublicAnswer(request, reply, kept);
      return;
    }
    const page = rendered!;
    void reply.header('etag', page.etag);
    if (matches(request.headers['if-none-match'], page.etag)) void reply.code(304).send();
    else void reply.code(page.status).type(HTML).send(page.html);
  }
}
