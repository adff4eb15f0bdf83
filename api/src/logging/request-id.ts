import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { fromTrustedProxy, TrustProxy } from '../web/trust-proxy';

/** The header a trusted proxy may send and every response carries. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a proxy may hand on: letters, digits and `.`, `_`, `:`, `-`, 8 to 128 of them (a UUID is one). */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

const ids = new WeakMap<IncomingMessage, string>();

/**
 * The request's id, the same every time it is asked for: a trusted proxy's well-formed
 * X-Request-Id (so its access log and ours share it), otherwise a new UUID. A client that is
 * not a trusted proxy cannot choose the id its requests are logged under.
 */
export function requestIdOf(request: IncomingMessage, trust: TrustProxy | null): string {
  const known = ids.get(request);
  if (known) return known;
  const offered = request.headers[REQUEST_ID_HEADER];
  const id =
    typeof offered === 'string' && WELL_FORMED.test(offered) && fromTrustedProxy(request, trust)
      ? offered
      : randomUUID();
  ids.set(request, id);
  return id;
}
