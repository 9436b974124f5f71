// Figures: the dashboard's latency growth with rows, and its throughput against a static file.
import { sequentialLatency, loadLoop, get } from '../lib/load';

/** Requests as a browser sends them: compressed responses accepted. */
export const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br' };

export async function dashboardLatencyMs(baseUrl: string, requests = 20): Promise<number> {
  return sequentialLatency(`${baseUrl}/`, requests, 3, BROWSER);
}

/**
 * From Next alone (no cache in front, scripts/bench/cached.ts): requests/s of `/` (each one rendered by Next; its data comes from the per-version caches in db/),
 * of `/` revalidated as a CDN or browser holding it does (If-None-Match: a 304 without a render,
 * scripts/serve.ts), and of a static file from the same server, each for `seconds`.
 */
export async function cachedThroughput(baseUrl: string, connections = 32, seconds = 10) {
  const { etag } = await currentEtag(`${baseUrl}/`);
  const page = await loadLoop(() => `${baseUrl}/`, connections, seconds, BROWSER);
  const revalidated = await loadLoop(() => `${baseUrl}/`, connections, seconds, {
    ...BROWSER,
    'If-None-Match': etag,
  });
  const file = await loadLoop(() => `${baseUrl}/bench-static.txt`, connections, seconds, BROWSER);
  return {
    page,
    revalidated,
    file,
    ratio: page.perSecond / file.perSecond,
    revalidatedRatio: revalidated.perSecond / file.perSecond,
  };
}

async function currentEtag(url: string): Promise<{ etag: string }> {
  const res = await fetch(url, { headers: BROWSER });
  await res.arrayBuffer();
  const etag = res.headers.get('etag');
  if (!etag) throw new Error(`${url} sent no ETag: the dashboard is not marked shareable`);
  // Warm the connection pool the load loops use.
  await get(url, BROWSER);
  return { etag };
}
