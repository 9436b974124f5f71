// The two dashboard-throughput rows: `/` served from nginx's cache in front of the app
// (deploy/nginx.conf, as the README deploys it) against a static file from the same nginx, and —
// as information — `/` from Next alone, where every view is a render. The cached row's detail adds
// a file as large as the page from the same nginx: what the bytes alone cost.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { RunningServer } from '../lib/serve';
import { hasNginx, NGINX_MISSING, startNginx } from '../lib/nginx';
import { loadLoop } from '../lib/load';
import { BROWSER, cachedThroughput } from './dashboard';
import type { Figure } from './report';

type Seen = { status: string; bytes: number; code: number; cacheControl: string; ms: number };

/** nginx's X-Cache-Status and body bytes for one GET sent as the load loop sends it (same cache variant). */
function cacheStatus(url: string): Promise<Seen> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: BROWSER }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () =>
          resolve({
            status: String(res.headers['x-cache-status'] ?? 'none'),
            bytes,
            code: res.statusCode ?? 0,
            cacheControl: String(res.headers['cache-control'] ?? 'none'),
            ms: Math.round(performance.now() - started),
          }),
        );
      })
      .on('error', reject);
  });
}

/** What one answer was, for a refusal that must say why nginx did not store the page. */
const described = (s: Seen) =>
  `HTTP ${s.code}, X-Cache-Status ${s.status}, Cache-Control "${s.cacheControl}", ${s.bytes} bytes in ${s.ms} ms`;

async function throughCache(nginxUrl: string, nginxDir: string, connections: number, seconds: number) {
  // The row measures a warm cache, so it asks until nginx answers from it. A cold render longer than
  // nginx's 60 s proxy_read_timeout is a 504 (on 1,000,000 pledges on PostgreSQL it was: see
  // docs/performance.md); the render goes on in the app and a later request stores the page.
  const seen: Seen[] = [];
  let warm = await cacheStatus(`${nginxUrl}/`);
  for (seen.push(warm); warm.status !== 'HIT' && seen.length < 5; seen.push(warm))
    warm = await cacheStatus(`${nginxUrl}/`);
  if (warm.status !== 'HIT') throw new Error(`nginx did not store /: ${seen.map(described).join('; then ')}`);
  const page = await loadLoop(() => `${nginxUrl}/`, connections, seconds, BROWSER);
  const file = await loadLoop(() => `${nginxUrl}/bench-static.txt`, connections, seconds, BROWSER);
  // What the page's size alone costs: a file of as many (incompressible) bytes from the same nginx.
  fs.writeFileSync(path.join(nginxDir, 'static', 'bench', 'sized.bin'), crypto.randomBytes(warm.bytes));
  const sized = await loadLoop(() => `${nginxUrl}/bench/sized.bin`, connections, seconds, BROWSER);
  const sizes = { page: warm.bytes, file: (await cacheStatus(`${nginxUrl}/bench-static.txt`)).bytes };
  return { page, file, sized, sizes, ratio: page.perSecond / file.perSecond };
}

const rate = (r: { perSecond: number }) => Math.round(r.perSecond);

/** The rows `wanted` names, measured on `server`. */
export async function dashboardThroughputFigures(
  server: RunningServer,
  runs: number,
  seconds: number,
  wanted: (name: string) => boolean,
  connections = 32,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  if (wanted('cached dashboard')) {
    const cached: Figure = {
      name: 'cached dashboard',
      unit: 'ratio',
      target: { op: '>=', value: 0.5 },
      runs: [],
      how: `requests/s of / from nginx's cache (deploy/nginx.conf, warm) ÷ a static file from the same nginx, ${connections} connections, ${seconds} s`,
    };
    if (!hasNginx()) cached.skipped = NGINX_MISSING;
    else {
      const nginx = await startNginx(server.port);
      const seen: string[] = [];
      try {
        for (let i = 0; i < runs; i++) {
          const r = await throughCache(nginx.url, nginx.dir, connections, seconds);
          cached.runs.push(r.ratio);
          seen.push(`${rate(r.page)} vs ${rate(r.file)} (a file of /'s size ${rate(r.sized)})`);
          cached.detail =
            `${seen.join(', ')} req/s; / is ${Math.round(r.sizes.page / 1024)} KB gzip, the file ${r.sizes.file} B; ` +
            `${r.page.errors + r.file.errors + r.sized.errors} errors`;
        }
      } finally {
        await nginx.stop();
      }
    }
    figures.push(cached);
  }
  if (wanted('uncached dashboard')) {
    const uncached: Figure = {
      name: 'uncached dashboard',
      unit: 'ratio',
      runs: [],
      how: `information: requests/s of / from Next alone (a render each) ÷ a static file from Next, ${connections} connections, ${seconds} s`,
    };
    for (let i = 0; i < runs; i++) {
      const r = await cachedThroughput(server.url, connections, seconds);
      uncached.runs.push(r.ratio);
      uncached.detail =
        `${rate(r.page)} vs ${rate(r.file)} req/s, p50 ${Math.round(r.page.p50)} ms (bounded by one React render per request); ` +
        `revalidated with its ETag (304, no render) ${r.revalidatedRatio.toFixed(2)}×; ${r.page.errors + r.revalidated.errors + r.file.errors} errors`;
    }
    figures.push(uncached);
  }
  return figures;
}
