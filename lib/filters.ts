// The filter parameters, the same on every page, export and API call (docs/design.md). Parsing
// (lib/parse-filters.ts) never throws: a bad value is dropped and named in `problems`, so a page still
// renders and says what it ignored.
import type { Category, Instrument, Stage } from './domain';
import type { PeerGroupId } from './peer-group-ids';
import { AS_OF_PARAM, asOfParam } from './as-of';

export { parseFilters, type ParsedFilters } from './parse-filters';
export { DATE_BASES, DATES_PARAM, parseDateBasis, type DateBasis } from './date-basis';

export type PledgeFilters = {
  donor: string[];
  recipient: string[];
  category: Category[];
  stage: Stage[];
  instrument: Instrument[];
  from: string | null;
  to: string | null;
  currency: string;
  /** Donors who belong to this peer group (lib/peer-groups.ts), by their ISO 3166 alpha-3 code. */
  group: PeerGroupId | null;
  /** The cut-off of the record shown (db/as-of/resolve.ts resolves `asOf`); absent or null: the current record. */
  asOf?: string | null;
};

export const EMPTY_FILTERS: PledgeFilters = {
  donor: [],
  recipient: [],
  category: [],
  stage: [],
  instrument: [],
  from: null,
  to: null,
  currency: 'USD',
  group: null,
};

/** The query parameters that are filters (the rest of a page's address is its own: sort, page …). */
export const FILTER_PARAMS = [
  'donor',
  'recipient',
  'category',
  'stage',
  'instrument',
  'from',
  'to',
  'currency',
  'group',
  'asOf',
] as const satisfies readonly (keyof PledgeFilters)[];

/** A page's filters as the query to carry to another page; `fixed` is a party page's own role and slug. */
export function carriedFilters(
  params: URLSearchParams,
  fixed?: { role: 'donor' | 'recipient'; slug: string },
): URLSearchParams {
  const out = new URLSearchParams();
  if (fixed) out.set(fixed.role, fixed.slug);
  for (const [key, value] of params) {
    if ((FILTER_PARAMS as readonly string[]).includes(key) && key !== fixed?.role) out.append(key, value);
  }
  return out;
}

/** Back to query parameters (for links, exports and the API's `next`). Defaults are left out. */
export function filtersToSearchParams(filters: PledgeFilters): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['donor', 'recipient', 'category', 'stage', 'instrument'] as const) {
    for (const v of filters[key]) out.append(key, v);
  }
  if (filters.from) out.set('from', filters.from);
  if (filters.to) out.set('to', filters.to);
  if (filters.currency !== 'USD') out.set('currency', filters.currency);
  if (filters.group) out.set('group', filters.group);
  if (filters.asOf) out.set(AS_OF_PARAM, asOfParam(filters.asOf));
  return out;
}

/** A stable string for cache keys: the same filters always give the same key. */
export function filtersKey(filters: PledgeFilters): string {
  return JSON.stringify([
    [...filters.donor].sort(),
    [...filters.recipient].sort(),
    [...filters.category].sort(),
    [...filters.stage].sort(),
    [...filters.instrument].sort(),
    filters.from,
    filters.to,
    filters.currency,
    filters.group,
    filters.asOf ?? null,
  ]);
}
