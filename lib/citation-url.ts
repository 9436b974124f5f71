// The address a citation names: the site's own origin, the page's path and the query that makes
// the view what it is (its filters, the chart's dates, `asOf`), nothing else the visitor added.
import { RELEASE_AS_OF_PREFIX, isReleaseName } from './release-name';
import { isRealDate } from './dates';

export const AS_OF_PARAM = 'asOf';

/**
 * The `asOf` value a citation carries, when it is one the tracker reads: a day (YYYY-MM-DD), a UTC
 * timestamp (YYYY-MM-DDTHH:MM[:SS[.mmm]]Z) or `release:NAME`. Anything else is left out of the
 * address (the page itself names what it ignored).
 */
export function citedAsOf(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (v.startsWith(RELEASE_AS_OF_PREFIX))
    return isReleaseName(v.slice(RELEASE_AS_OF_PREFIX.length)) ? v : null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z)?$/.exec(v);
  return m && isRealDate(m[1]) ? v : null;
}

/** "https://tracker.example/?donor=japan&asOf=2025-06-30": `query` in the order given, then `asOf`. */
export function citationUrl(
  origin: string,
  path: string,
  query: URLSearchParams,
  asOf: string | null,
): string {
  const url = new URL(path, origin);
  const q = new URLSearchParams(query);
  q.delete(AS_OF_PARAM);
  if (asOf) q.set(AS_OF_PARAM, asOf);
  url.search = q.toString();
  return url.toString();
}
