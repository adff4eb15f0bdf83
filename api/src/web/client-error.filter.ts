import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';

/** An error the HTTP layer raised for a request it refuses (http-errors' shape: 4xx status, safe message). */
interface ClientHttpError extends Error {
  statusCode: number;
  expose: true;
}

/**
 * Matches, with `instanceof`, the client errors that Fastify's plugins raise rather than Nest: a path
 * that leaves the dashboard's folder (403), a malformed range (416). They are not Nest exceptions,
 * so without this Nest would log each as an unexpected error with its stack.
 */
export abstract class ClientHttpRefusal {
  static [Symbol.hasInstance](value: unknown): boolean {
    if (!(value instanceof Error) || value instanceof HttpException) return false;
    const { statusCode, expose } = value as Partial<ClientHttpError>;
    return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 && expose === true;
  }
}

/** The longest part of a refused path the log repeats. */
const LOGGED_PATH_LENGTH = 200;

/** Answers an expected refusal with its status and logs it in one line, without a stack. */
@Catch(ClientHttpRefusal)
export class ClientErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: ClientHttpError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { statusCode, message } = exception;
    this.logger.log(`${request.method} ${request.url.slice(0, LOGGED_PATH_LENGTH)} refused: ${statusCode} ${message}`);
    void reply.status(statusCode).send({ statusCode, message });
  }
}
