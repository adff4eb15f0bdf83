import { ForbiddenException } from '@nestjs/common';
import { ClientHttpRefusal } from './client-error.filter';

/** An error shaped as http-errors makes them, as @fastify/static raises for a refused path. */
function httpError(statusCode: number, expose: boolean): Error {
  return Object.assign(new Error('Forbidden'), { statusCode, status: statusCode, expose });
}

describe('ClientHttpRefusal', () => {
  it('matches the client errors of the HTTP layer', () => {
    expect(httpError(403, true)).toBeInstanceOf(ClientHttpRefusal);
    expect(httpError(416, true)).toBeInstanceOf(ClientHttpRefusal);
  });

  it('leaves unexpected errors, server errors and Nest’s own exceptions to Nest', () => {
    expect(new Error('boom')).not.toBeInstanceOf(ClientHttpRefusal);
    expect(httpError(500, false)).not.toBeInstanceOf(ClientHttpRefusal);
    expect(httpError(404, false)).not.toBeInstanceOf(ClientHttpRefusal);
    expect(new ForbiddenException()).not.toBeInstanceOf(ClientHttpRefusal);
    expect({ statusCode: 403, expose: true, message: 'not an Error' }).not.toBeInstanceOf(ClientHttpRefusal);
  });
});
