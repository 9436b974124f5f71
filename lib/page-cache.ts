// The public page cache's pure rules: which requests may be served from memory, and the
// Content-Security-Policy a cached page carries. A page kept for many viewers cannot carry a
// per-request nonce, so its inline scripts are allowed by their SHA-256 hashes instead.
import crypto from 'node:crypto';

/** Public, read-only pages; the editor, sign-in, API and downloads are never cached here. */
const CACHEABLE_PATH = /^\/(?:$|pledges\/\d{1,15}$|donors\/[a-z0-9-]{1,80}$|recipients\/[a-z0-9-]{1,80}$|export$|api$)/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;
/** Client-side navigations and server actions ask for RSC payloads or run code, not documents. */
const NON_DOCUMENT_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'next-router-segment-prefetch'];

export type RequestFacts = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

export function isCacheableRequest(req: RequestFacts): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  const path = url.split('?', 1)[0];
  if (!CACHEABLE_PATH.test(path) || url.length > 2000) return false;
  if (NON_DOCUMENT_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  const cookie = req.headers.cookie;
  return !(typeof cookie === 'string' && SESSION_COOKIE.test(cookie));
}

/** `'sha256-…'` sources for every inline <script> of an HTML document, as browsers hash them. */
export function inlineScriptHashes(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    out.add(`'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return [...out];
}

/** A bounded map: the oldest entries go first once `maxEntries` or `maxBytes` is passed. */
export class BoundedCache<V extends { bytes: number }> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;
  constructor(private readonly maxEntries = 500, private readonly maxBytes = 128 * 1024 * 1024) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.entries.set(key, value);
    this.bytes += value.bytes;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.bytes -= old.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}
