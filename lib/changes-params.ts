// The change feed's query: the dashboard's party and category filters (lib/filters.ts), the dates
// of the change (`since`, `until`: whole UTC days, both included) and an opaque cursor. Parsing
// never throws: the pages drop a bad value and say so, the API turns the same words into a 400.
import { parseFilters, type PledgeFilters } from './filters';
import { isRealDate } from './dates';

export type ChangeFilters = Pick<PledgeFilters, 'donor' | 'recipient' | 'category'> & {
  since: string | null;
  until: string | null;
};
/** Where a page of changes (newest first) ends: the (at, id) of its last row. */
export type ChangeCursor = { at: string; id: number };
export type ParsedChangeQuery = { filters: ChangeFilters; cursor: ChangeCursor | null; problems: string[] };

export const CHANGE_PAGE = { default: 50, max: 200 } as const;
/** How many changes a summary replays at most; a wider window is refused with a message. */
export const SUMMARY_MAX_CHANGES = 20_000;
/** The dashboard's filters that mean nothing for a change (they describe the pledge, not the change). */
const NOT_CHANGE_FILTERS = ['stage', 'instrument', 'from', 'to', 'currency', 'group'] as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;
const first = (params: Params, key: string): string | undefined => {
  const v = params instanceof URLSearchParams ? params.get(key) : [params[key] ?? []].flat()[0];
  return v?.trim() || undefined;
};

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeCursor(c: ChangeCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

export function decodeCursor(text: string): ChangeCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value;
    if (typeof at !== 'string' || !TIMESTAMP.test(at) || !Number.isSafeInteger(id) || id < 1) return null;
    return { at, id };
  } catch {
    return null;
  }
}

export function parseChangeQuery(params: Params): ParsedChangeQuery {
  const problems: string[] = [];
  const parsed = parseFilters(params);
  // Only the party and category problems concern this feed; the rest are named below once.
  problems.push(...parsed.problems.filter((p) => /^(donor|recipient|category) /.test(p)));
  for (const key of NOT_CHANGE_FILTERS)
    if (first(params, key) !== undefined)
      problems.push(
        `${key} is not a filter of the change feed (use donor, recipient, category, since, until); ignored`,
      );
  const day = (key: 'since' | 'until') => {
    const v = first(params, key);
    if (v === undefined) return null;
    if (isRealDate(v)) return v;
    problems.push(`${key} "${v.slice(0, 40)}" is not a date written YYYY-MM-DD; ignored`);
    return null;
  };
  let since = day('since');
  let until = day('until');
  if (since && until && since > until) {
    problems.push(`since ${since} is after until ${until}; both ignored`);
    since = null;
    until = null;
  }
  let cursor: ChangeCursor | null = null;
  const askedCursor = first(params, 'cursor');
  if (askedCursor !== undefined) {
    cursor = decodeCursor(askedCursor);
    if (!cursor) problems.push('cursor is not one this feed handed out; showing the newest changes');
  }
  const { donor, recipient, category } = parsed.filters;
  return { filters: { donor, recipient, category, since, until }, cursor, problems };
}

/** The first moment a change may have (`since`'s midnight, UTC) and the first it may not (`until`'s next day). */
export function changeBounds(f: Pick<ChangeFilters, 'since' | 'until'>): {
  from: string | null;
  before: string | null;
} {
  const next = f.until ? new Date(Date.parse(`${f.until}T00:00:00.000Z`) + 86_400_000).toISOString() : null;
  return { from: f.since ? `${f.since}T00:00:00.000Z` : null, before: next };
}

/** The filters back to query parameters (links, the feed's self address, the API's `next`). */
export function changeFiltersToParams(f: ChangeFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['donor', 'recipient', 'category'] as const) for (const v of f[key]) out.append(key, v);
  if (f.since) out.set('since', f.since);
  if (f.until) out.set('until', f.until);
  return out;
}
