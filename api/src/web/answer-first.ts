import { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';

/** Answers a request itself, or calls `next` to leave it to the server's own listeners. */
export type FirstAnswer = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * Puts `answer` in front of the `request` listeners the server has now (Fastify's handler): each
 * request reaches `answer` first, and what it leaves goes on to them unchanged. Call before the
 * server listens; what is put in front last runs first.
 */
export function answerFirst(server: Server, answer: FirstAnswer): void {
  const handlers = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    answer(request, response, () => {
      for (const handler of handlers) handler.call(server, request, response);
    });
  });
}

/**
 * Headers as the flat list of names and values `writeHead` takes. Given whole to `writeHead`,
 * they are written as they are, with no header set on the response one by one.
 */
export function headerList(headers: OutgoingHttpHeaders): string[] {
  return Object.entries(headers).flatMap(([name, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).flatMap((one) => [name, String(one)]),
  );
}
