import '@fastify/static';
import { FastifyReply, FastifyRequest } from 'fastify';
import { graphqlThrough, PageRendering } from './page-rendering';

/** Whether the request carries the session cookie (`name`): a signed-in reader, or one who was. */
function hasSessionCookie(request: FastifyRequest, name: string): boolean {
  return (request.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${name}=`));
}

/** Whether an `If-None-Match` header names this ETag. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return (ifNoneMatch ?? '').split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
}

/**
 * Answers a GET of a page of the app: the dashboard's index.html, for the client router to show
 * the page; a public page asked for without a session cookie, rendered on the server with its
 * data when the web was built with its server entry (`pages`), or the plain index.html if that
 * fails. Signed-in readers always get the plain index.html.
 */
export class PublicPages {
  constructor(
    private readonly pages: PageRendering | null,
    private readonly sessionCookie: string,
  ) {}

  async answer(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const path = request.url.split('?')[0];
    if (!this.pages?.isPublicPage(path)) return reply.sendFile('index.html');
    // The answer differs for a signed-in reader: caches must not hand one's to the other.
    void reply.header('vary', 'Cookie');
    if (hasSessionCookie(request, this.sessionCookie)) return reply.sendFile('index.html');
    let page;
    try {
      page = await this.pages.render(request.url, graphqlThrough(request.server));
    } catch (error) {
      this.pages.logFailure(path, error);
      return reply.sendFile('index.html');
    }
    void reply.header('cache-control', 'no-cache').header('etag', page.etag);
    if (matches(request.headers['if-none-match'], page.etag)) return reply.code(304).send();
    return reply.code(page.status).type('text/html; charset=utf-8').send(page.html);
  }
}
