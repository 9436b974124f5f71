// Small, bounded HTTP measurement tools for the bench (and the load tests): sequential latency
// and a fixed-concurrency throughput loop that stops by itself.
import http from 'node:http';

export type Sample = { status: number; ms: number; bytes: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export function get(url: string, headers: Record<string, string> = {}): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
}

/** Median latency of `count` sequential requests (after `warmup` unmeasured ones). */
export async function sequentialLatency(url: string, count = 20, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await get(url);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = await get(url);
    if (s.status !== 200) throw new Error(`${url} answered ${s.status}`);
    times.push(s.ms);
  }
  return median(times);
}

export type LoadResult = { requests: number; errors: number; perSecond: number; p50: number; p99: number };

/** `connections` loops hitting `pick()` until `seconds` pass; counts non-2xx/3xx as errors. */
export async function loadLoop(pick: () => string, connections: number, seconds: number): Promise<LoadResult> {
  const deadline = performance.now() + seconds * 1000;
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < deadline) {
      try {
        const s = await get(pick());
        times.push(s.ms);
        if (s.status >= 400) errors++;
      } catch {
        errors++;
      }
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  return { requests: times.length, errors, perSecond: times.length / elapsed, p50: percentile(times, 50), p99: percentile(times, 99) };
}
