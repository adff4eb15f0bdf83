import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import '@fastify/static';
import { FastifyReply, FastifyRequest } from 'fastify';

const NOT_PAGES = /^\/(graphql|healthz|readyz|assets\/|data\/)|\.[a-z0-9]+$/i;

/**
 * Serves the dashboard's index.html for unknown GET paths that a browser navigates to, so the
 * client router can show the page (or its own "not found"); API paths and files keep their 404.
 */
@Catch(NotFoundException)
export class SpaFallbackFilter implements ExceptionFilter {
  catch(exception: NotFoundException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const path = request.url.split('?')[0];
    if (request.method === 'GET' && !NOT_PAGES.test(path)) {
      void reply.sendFile('index.html');
      return;
    }
    void reply.status(404).send({ statusCode: 404, message: exception.message });
  }
}
