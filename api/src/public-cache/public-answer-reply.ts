import { Negotiator } from '@fastify/accept-negotiator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ContentEncoding, PublicAnswer } from './public-cache';

const encodings = new Negotiator<ContentEncoding>({ supportedValues: ['br', 'gzip'] });

/** Whether the tag the client holds (`If-None-Match`) is the one of what it would be sent. */
export function holdsTag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === etag || trimmed === `W/${etag}`;
  });
}

/** The compressed copy of `answer` to send for an `Accept-Encoding` header; null for its body as it is. */
export function chooseEncoding(
  accepted: string | undefined,
  answer: Pick<PublicAnswer, 'encoded'>,
): ContentEncoding | null {
  if (!accepted) return null;
  const encoding = negotiated.has(accepted) ? negotiated.get(accepted)! : remember(accepted);
  return encoding && answer.encoded[encoding] ? encoding : null;
}

/** Negotiations already made, by header: browsers send a handful of different ones. */
const negotiated = new Map<string, ContentEncoding | null>();
const NEGOTIATIONS_KEPT = 64;

function remember(accepted: string): ContentEncoding | null {
  const encoding = encodings.negotiate(accepted);
  if (negotiated.size < NEGOTIATIONS_KEPT) negotiated.set(accepted, encoding);
  return encoding;
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
  const encoding = chooseEncoding(request.headers['accept-encoding'], answer);
  const copy = encoding ? answer.encoded[encoding] : undefined;
  const etag = copy ? `${answer.etag.slice(0, -1)}-${encoding}"` : answer.etag;
  void reply.headers(answer.headers).header('etag', etag);
  if (Object.keys(answer.encoded).length > 0) {
    const vary = reply.getHeader('vary');
    void reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  }
  if (holdsTag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  if (copy) void reply.header('content-encoding', encoding);
  return reply.code(200).send(copy ?? answer.body);
}
