// Figures: the dashboard's latency growth with rows, and cached throughput against a static file.
import { sequentialLatency, loadLoop } from '../lib/load';

/** Requests as a browser sends them: compressed responses accepted. */
const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br' };

export async function dashboardLatencyMs(baseUrl: string, requests = 20): Promise<number> {
  return sequentialLatency(`${baseUrl}/`, requests, 3, BROWSER);
}

/** Requests/s of `/` and of a static file from the same server, each for `seconds`. */
export async function cachedThroughput(baseUrl: string, connections = 32, seconds = 10) {
  const page = await loadLoop(() => `${baseUrl}/`, connections, seconds, BROWSER);
  const file = await loadLoop(() => `${baseUrl}/bench-static.txt`, connections, seconds, BROWSER);
  return { page, file, ratio: page.perSecond / file.perSecond };
}
