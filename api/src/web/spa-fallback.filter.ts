import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import '@fastify/static';
import { FastifyReply, FastifyRequest } from 'fastify';
import { PublicPages } from './public-pages';

const NOT_PAGES = /^\/(graphql|healthz|readyz|assets\/|data\/)|\.[a-z0-9]+$/i;

/**
 * Serves the dashboard's pages for unknown GET paths that a browser navigates to (`PublicPages`:
 * index.html, for the client router to show the page or its own "not found", or a public page
 * rendered on the server); API paths and files keep their 404.
 */
@Catch(NotFoundException)
export class SpaFallbackFilter implements ExceptionFilter {
  constructor(private readonly pages: PublicPages) {}

  catch(exception: NotFoundException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const path = request.url.split('?')[0];
    if (request.method === 'GET' && !NOT_PAGES.test(path)) {
      void this.pages.answer(request, reply);
      return;
    }
    void reply.status(404).send({ statusCode: 404, message: exception.message });
  }
}
