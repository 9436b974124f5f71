// The address a request came from, for sign-in throttling and per-address export caps. Each proxy
// appends the address it saw to X-Forwarded-For, so only the right-most entry was written by the
// proxy we trust; everything to its left is whatever the client chose to send.

/** The right-most X-Forwarded-For entry (several headers count as one list), or null. */
export function lastForwardedAddress(forwardedFor: string | string[] | null | undefined): string | null {
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const entries = joined
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return entries.at(-1) ?? null;
}

/** The client's address: the proxy's entry when TRUST_PROXY=1 sends one, else the socket's. */
export function clientAddressOf(
  forwardedFor: string | string[] | null | undefined,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  return (trustProxy && lastForwardedAddress(forwardedFor)) || socketAddress || 'unknown';
}

/** Header that the server handing requests to Next (scripts/serve.ts) sets from the above. */
export const CLIENT_ADDRESS_HEADER = 'x-tracker-client-address';

/**
 * The client's address as Next sees a request: the header the server in front set (overwriting
 * whatever a client sent), else X-Forwarded-For's proxy-written entry when Next is reached some
 * other way (unit tests of the callbacks).
 */
export function requestAddress(header: (name: string) => string | string[] | null | undefined): string {
  const trusted = header(CLIENT_ADDRESS_HEADER);
  if (typeof trusted === 'string' && trusted) return trusted;
  return lastForwardedAddress(header('x-forwarded-for')) || 'unknown';
}
