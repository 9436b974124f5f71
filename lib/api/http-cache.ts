// HTTP caching and CORS for public reads. Every public body depends only on the URL and the data
// version, so the version is the validator: a CDN or a script re-asks cheaply and gets a 304.
import { serverConfig } from '../env';

/** Bumped when the JSON representation changes, so cached bodies of an older release are not reused. */
const REPRESENTATION = 1;

/**
 * A public body may be kept by shared caches for SHARED_CACHE_SECONDS (60 s by default, lib/env.ts)
 * and then revalidated with its ETag; browsers always revalidate.
 */
export const publicCacheControl = (): string =>
  `public, max-age=0, s-maxage=${serverConfig().sharedCacheSeconds}, stale-while-revalidate=300`;
export const NO_STORE = 'no-store';

/** Reads may be called from any origin; writes get none of these headers, so browsers refuse them cross-origin. */
export const CORS_READ_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, X-As-Of',
};

export function preflightHeaders(allow: string): Record<string, string> {
  return {
    ...CORS_READ_HEADERS,
    Allow: allow,
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
    'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
    'Access-Control-Max-Age': '86400',
  };
}

export type Validators = { etag: string; lastModified: string | null; changedMs: number | null };

export function validatorsFor(data: { version: number; changedAt: string | null }): Validators {
  const changedMs = data.changedAt ? Date.parse(data.changedAt) : NaN;
  const known = Number.isFinite(changedMs);
  return {
    etag: `W/"r${REPRESENTATION}-d${data.version}-${known ? changedMs.toString(36) : '0'}"`,
    lastModified: known ? new Date(changedMs).toUTCString() : null,
    changedMs: known ? changedMs : null,
  };
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/** RFC 9110 §13.1: If-None-Match (weak comparison) wins over If-Modified-Since. */
export function isNotModified(headers: Headers, v: Validators): boolean {
  const noneMatch = headers.get('if-none-match');
  if (noneMatch !== null) {
    return noneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(v.etag));
  }
  const since = headers.get('if-modified-since');
  if (since === null || v.changedMs === null) return false;
  const sinceMs = Date.parse(since);
  // HTTP dates have whole seconds: compare at that resolution.
  return Number.isFinite(sinceMs) && Math.floor(v.changedMs / 1000) * 1000 <= sinceMs;
}

export function validatorHeaders(v: Validators): Record<string, string> {
  return { ETag: v.etag, ...(v.lastModified ? { 'Last-Modified': v.lastModified } : {}) };
}
