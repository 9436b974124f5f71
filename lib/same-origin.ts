// Cross-site request check shared by proxy.ts and requireEditor(): a state-changing request must
// come from our own pages. Browsers send Origin on POST and Sec-Fetch-Site on every request.

type HeaderSource = { get(name: string): string | null };

/** True when the request plainly comes from another site. */
export function isCrossSite(headers: HeaderSource, ownUrl: string | undefined): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = headers.get('origin');
  if (!origin) return false; // non-browser clients without Origin still need a session cookie
  if (origin === 'null') return true;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    const from = new URL(origin);
    if (host && from.host === host) return false;
    return !(ownUrl && from.origin === new URL(ownUrl).origin);
  } catch {
    return true;
  }
}
