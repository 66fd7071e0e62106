import type { AuthConfig } from './config';

/** Header that scripts/peer-address.cjs sets to the TCP peer's address, replacing any client-sent copy. */
export const PEER_HEADER = 'x-taskshift-peer';

/** Key shared by every client whose address is unknown (the server runs without the peer preload). */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client address this deployment can vouch for, used to key login rate limits.
 * With TRUST_PROXY=n, the n-th X-Forwarded-For entry from the right (the client the outermost trusted
 * proxy saw; entries further left were sent by the client and may be forged). With TRUST_PROXY=0 the
 * header is ignored and the TCP peer is the client.
 */
export function clientAddress(headers: Headers, config: Pick<AuthConfig, 'trustProxy' | 'peerAddressKnown'>): string {
  const peer = config.peerAddressKnown ? headers.get(PEER_HEADER)?.trim() : undefined;
  if (config.trustProxy > 0) {
    const hops = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    // Fewer hops than proxies means the request skipped a proxy: the leftmost entry is the best we know.
    const address = hops[Math.max(0, hops.length - config.trustProxy)] ?? peer;
    if (address) return address.slice(0, 64);
  }
  return (peer || UNKNOWN_CLIENT).slice(0, 64);
}
