// The HTTP server in front of Next: public pages for anonymous viewers are rendered once per data
// version and then served from memory (gzip and ETag included), so a burst of readers after a news
// story costs one render, not thousands. Everything else goes straight to Next.
import http from 'node:http';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { BoundedCache, inlineScriptHashes, isCacheableRequest } from '../../lib/page-cache';
import { hashContentSecurityPolicy } from '../../lib/security-headers';
import { clientAddressOf, CLIENT_ADDRESS_HEADER } from '../../lib/client-address';

type CachedPage = { version: number; headers: Record<string, string>; body: Buffer; gzip: Buffer; etag: string; bytes: number };
type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'date', 'content-encoding']);

export type PageCacheOptions = {
  /** Next's request handler. */
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => unknown;
  /** The data version, read on every cacheable request. */
  dataVersion: () => number;
  /** Behind a reverse proxy that sets X-Forwarded-For: take the client's address from it. */
  trustProxy?: boolean;
};

export function createPageCacheServer({ handle, dataVersion, trustProxy = false }: PageCacheOptions): http.Server {
  const fillToken = crypto.randomBytes(16).toString('hex');
  const cache = new BoundedCache<CachedPage>();
  const filling = new Map<string, Promise<CachedPage | Fetched>>();
  let server: http.Server;

  function loopback(): { host: string; port: number } {
    const a = server.address() as { address: string; port: number };
    const host = a.address === '::' || a.address === '0.0.0.0' ? '127.0.0.1' : a.address;
    return { host: host.includes(':') ? `[${host}]` : host, port: a.port };
  }

  /** Renders the page through Next (over loopback, uncompressed) and keeps it when it may be shared. */
  function fill(req: http.IncomingMessage, version: number): Promise<CachedPage | Fetched> {
    const { host, port } = loopback();
    const headers: http.OutgoingHttpHeaders = { ...req.headers, 'accept-encoding': 'identity', 'x-page-cache-fill': fillToken };
    for (const h of ['cookie', 'if-none-match', 'if-modified-since', 'range']) delete headers[h];
    return new Promise((resolve, reject) => {
      http.get({ host: host.replace(/^\[|\]$/g, ''), port, path: req.url, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const shareable = res.statusCode === 200 && /^text\/html/.test(String(res.headers['content-type'])) && !res.headers['set-cookie'];
          if (!shareable) return resolve({ status: res.statusCode ?? 502, headers: res.headers, body });
          const out: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined && !HOP_HEADERS.has(k)) out[k] = Array.isArray(v) ? v.join(', ') : v;
          out['content-security-policy'] = hashContentSecurityPolicy(inlineScriptHashes(body.toString('utf8')));
          out['cache-control'] = 'public, max-age=0, must-revalidate';
          out.vary = 'Accept-Encoding, Cookie';
          const etag = `"v${version}-${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;
          resolve({ version, headers: { ...out, etag }, body, gzip: zlib.gzipSync(body, { level: 6 }), etag, bytes: body.length * 2 });
        });
      }).on('error', reject);
    });
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, page: CachedPage, state: 'HIT' | 'MISS' | 'STALE'): void {
    if (req.headers['if-none-match'] === page.etag) {
      res.writeHead(304, { etag: page.etag, 'cache-control': page.headers['cache-control'], vary: page.headers.vary, 'x-page-cache': state });
      res.end();
      return;
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? page.gzip : page.body;
    res.writeHead(200, { ...page.headers, 'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}), 'x-page-cache': state });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * At most one render per page at a time. The first viewer after a change waits for the fresh
   * render; viewers arriving while it runs get the previous version at once (STALE) rather than
   * queueing behind it, so constant writes on a busy day cannot pile renders up.
   */
  async function serveCached(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const version = dataVersion();
    const key = `${req.headers.host ?? ''}|${req.url}`;
    const entry = cache.get(key);
    if (entry && entry.version === version) return send(req, res, entry, 'HIT');
    let pending = filling.get(key);
    if (pending && entry) return send(req, res, entry, 'STALE');
    if (!pending) {
      pending = fill(req, version).finally(() => filling.delete(key));
      filling.set(key, pending);
    }
    const result = await pending;
    if ('etag' in result) {
      cache.set(key, result);
      return send(req, res, result, 'MISS');
    }
    const headers = Object.fromEntries(Object.entries(result.headers).filter(([k]) => !HOP_HEADERS.has(k)));
    res.writeHead(result.status, { ...headers, 'content-length': result.body.length });
    res.end(req.method === 'HEAD' ? undefined : result.body);
  }

  server = http.createServer((req, res) => {
    // Sign-in throttling counts failures per address: give Next one it can trust.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustProxy);
    if (req.headers['x-page-cache-fill'] === fillToken || !isCacheableRequest(req)) {
      void handle(req, res);
      return;
    }
    serveCached(req, res).catch((error: Error) => {
      // The cache must never cost a page: on any failure, render it directly.
      console.error(`page cache: ${error.message}; rendering ${req.url} directly`);
      if (!res.headersSent) void handle(req, res);
    });
  });
  return server;
}
