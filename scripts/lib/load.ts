// Small, bounded HTTP measurement tools for the bench (and the load tests): sequential latency
// and a fixed-concurrency throughput loop that stops by itself.
import http from 'node:http';

export type Sample = { status: number; ms: number; bytes: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export type Answer = Sample & { body: string };

/** One request with any method; resolves with the status, latency and body text (never throws on a status). */
export function send(
  method: string,
  url: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  const headers = { ...options.headers };
  if (options.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
      });
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          bytes: body.length,
          body: body.toString('utf8'),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.end(options.body);
  });
}

/**
 * One GET that counts the body's bytes without keeping or decoding them: a load generator must not
 * spend its CPU turning compressed bytes into strings, or it measures itself instead of the server.
 */
export function get(url: string, headers: Record<string, string> = {}): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(120_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
  });
}

/** Runs `workers` loops, each calling `step(worker)` again and again until `seconds` pass. */
export async function runFor(
  seconds: number,
  workers: number,
  step: (worker: number) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) await step(worker);
    }),
  );
  return (performance.now() - started) / 1000;
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
export async function sequentialLatency(
  url: string,
  count = 20,
  warmup = 3,
  headers: Record<string, string> = {},
): Promise<number> {
  for (let i = 0; i < warmup; i++) await get(url, headers);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = await get(url, headers);
    if (s.status !== 200) throw new Error(`${url} answered ${s.status}`);
    times.push(s.ms);
  }
  return median(times);
}

export type LoadResult = { requests: number; errors: number; perSecond: number; p50: number; p99: number };

/** `connections` loops hitting `pick()` until `seconds` pass; counts non-2xx/3xx as errors. */
export async function loadLoop(
  pick: () => string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const elapsed = await runFor(seconds, connections, async () => {
    try {
      const s = await get(pick(), headers);
      times.push(s.ms);
      if (s.status >= 400) errors++;
    } catch {
      errors++;
    }
  });
  return {
    requests: times.length,
    errors,
    perSecond: times.length / elapsed,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
  };
}
