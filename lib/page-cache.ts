// How public pages meet HTTP caches (a CDN, a reverse proxy, the browser). Next renders every page;
// an anonymous view of a public page depends only on its URL, the data version (meta.data_version,
// bumped by every write, whichever process makes it), the build and the day, so those name its
// validator. A cache in front may store it and take a burst of readers; revalidating costs a 304
// answered before any render (scripts/serve.ts). Sign-in, the editor, client navigations and
// anything a session can change are never marked shareable.
import { publicCacheControl, isNotModified, type Validators } from './api/http-cache';

/** Public, read-only pages. The API and downloads carry their own validators (lib/api/http-cache.ts). */
const SHAREABLE_PATH =
  /^\/(?:$|pledges\/\d{1,15}$|donors\/[^/?]{1,240}$|recipients\/[^/?]{1,240}$|export$|api$)/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
/** Client navigations and server actions ask for RSC payloads or run code, not documents. */
const NON_DOCUMENT_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-action',
  'next-router-segment-prefetch',
];

export type RequestFacts = {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
};

/** True when the answer to this request is the same for every anonymous visitor, so a shared cache may keep it. */
export function isShareableRequest(req: RequestFacts): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  if (!SHAREABLE_PATH.test(url.split('?', 1)[0]) || url.length > 2000) return false;
  if (NON_DOCUMENT_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  const cookie = req.headers.cookie;
  return !(typeof cookie === 'string' && SESSION_COOKIE.test(cookie));
}

/** Bumped when the pages' markup changes in a way a build id would not show (kept for symmetry with the API). */
const REPRESENTATION = 1;

/** The weak validator of every shareable page at one data version, build and UTC day. */
export function pageValidators(dataVersion: number, buildId: string, now = new Date()): Validators {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return {
    etag: `W/"p${REPRESENTATION}-${buildId}-d${dataVersion}-${day}"`,
    lastModified: null,
    changedMs: null,
  };
}

/** The validator and freshness a shareable page is sent with (its 200 and its 304 alike). */
export function sharedPageHeaders(v: Validators): Record<string, string> {
  return { ETag: v.etag, 'Cache-Control': publicCacheControl() };
}

/**
 * Vary of a 304, which must repeat the 200's: Next's RSC header names, and Cookie, which keeps a
 * signed-in editor's page (it shows their account) apart in caches (scripts/serve.ts adds it).
 */
export const SHARED_PAGE_VARY =
  'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Cookie, Accept-Encoding';

/** True when the client already holds this version of the page (If-None-Match names its ETag). */
export function clientHasPage(req: RequestFacts, v: Validators): boolean {
  const noneMatch = req.headers['if-none-match'];
  if (typeof noneMatch !== 'string') return false;
  return isNotModified(new Headers({ 'if-none-match': noneMatch }), v);
}
