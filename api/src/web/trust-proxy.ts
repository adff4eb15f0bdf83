import proxyAddr from '@fastify/proxy-addr';
import { IncomingMessage } from 'node:http';

/** Whether the hop at `address`, `hop` steps from the server (0: the connected peer), is a proxy we trust. */
export type TrustProxy = (address: string, hop: number) => boolean;

/** The most proxies a request may pass through that a hop count can trust. */
const MAX_HOPS = 10;

/**
 * Reads TRUST_PROXY with Fastify's trustProxy semantics: unset trusts no proxy; a hop count `N`
 * trusts the N nearest hops whatever their address; a comma-separated list of addresses and CIDR
 * ranges (or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`) trusts hops at those
 * addresses. Returns the problem in words for a value that is none of these.
 */
export function parseTrustProxy(value: string | undefined): { trust: TrustProxy | null; problem?: string } {
  const text = value?.trim() ?? '';
  if (text === '') return { trust: null };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > MAX_HOPS)
      return {
        trust: null,
        problem: `a hop count must be between 1 and ${MAX_HOPS} (leave it unset to trust no proxy)`,
      };
    return { trust: (_address, hop) => hop < hops };
  }
  if (/^(true|yes|on|all|\*)$/i.test(text))
    return {
      trust: null,
      problem:
        "trusting every address would let any client choose its own address; give the proxy's address or a hop count",
    };
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => entry === ''))
    return { trust: null, problem: 'a list of addresses must not have empty entries' };
  try {
    return { trust: proxyAddr.compile(entries) };
  } catch (error) {
    return {
      trust: null,
      problem: `${(error as Error).message}; give a hop count such as 1 or addresses and CIDR ranges such as 127.0.0.1,10.0.0.0/8`,
    };
  }
}

/** The client's address: the connected peer's, or the nearest untrusted one in X-Forwarded-For. */
export function clientAddress(request: IncomingMessage, trust: TrustProxy | null): string {
  if (!trust) return request.socket.remoteAddress ?? '';
  const addresses = proxyAddr.all(request, trust);
  return addresses[addresses.length - 1] ?? '';
}

/** Whether the connected peer is a trusted proxy, whose headers (X-Forwarded-For, X-Request-Id) count. */
export function fromTrustedProxy(request: IncomingMessage, trust: TrustProxy | null): boolean {
  const peer = request.socket?.remoteAddress;
  return Boolean(trust && peer && trust(peer, 0));
}
