import { Negotiator } from '@fastify/accept-negotiator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ContentEncoding, PublicAnswer } from './public-cache';

const encodings = new Negotiator<ContentEncoding>({ supportedValues: ['br', 'gzip'] });

/** Whether the tag the client holds (`If-None-Match`) is the one of what it would be sent. */
function holds(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/**
 * Sends a kept public answer: its headers, its ETag, and the compressed copy the client accepts
 * (`Accept-Encoding`; each copy has a tag of its own, as a different representation must), or
 * 304 when the client already holds that copy.
 */
export function replyWithPublicAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: PublicAnswer,
): FastifyReply {
  const accepted = request.headers['accept-encoding'];
  const encoding = accepted ? encodings.negotiate(accepted) : null;
  const copy = encoding ? answer.encoded[encoding] : undefined;
  const etag = copy ? `${answer.etag.slice(0, -1)}-${encoding}"` : answer.etag;
  void reply.headers(answer.headers).header('etag', etag);
  if (Object.keys(answer.encoded).length > 0) {
    const vary = reply.getHeader('vary');
    void reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  }
  if (holds(request, etag)) return reply.code(304).send();
  if (copy) void reply.header('content-encoding', encoding);
  return reply.code(200).send(copy ?? answer.body);
}
