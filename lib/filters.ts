// The filter parameters, the same on every page, export and API call (docs/design.md). Parsing
// never throws: a bad value is dropped and named in `problems`, so a page still renders and says
// what it ignored.
import {
  CATEGORIES,
  INSTRUMENTS,
  STAGES,
  isSlug,
  type Category,
  type Instrument,
  type Stage,
} from './domain';
import { isRealDate } from './dates';
import { PEER_GROUP_IDS, type PeerGroupId } from './peer-group-ids';
import { AS_OF_PARAM, asOfParam } from './as-of';

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

export type ParsedFilters = { filters: PledgeFilters; problems: string[] };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: Params, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  // "donor=japan,germany" and "donor=japan&donor=germany" both work.
  return raw
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function pickEnum<T extends string>(
  params: Params,
  key: string,
  allowed: readonly T[],
  problems: string[],
): T[] {
  const out: T[] = [];
  for (const v of valuesOf(params, key)) {
    if ((allowed as readonly string[]).includes(v)) out.push(v as T);
    else problems.push(`${key} "${v.slice(0, 40)}" is not one of ${allowed.join(', ')}; ignored`);
  }
  return [...new Set(out)];
}

/**
 * @param currencies reporting currencies we hold rates for (USD plus the FX table's).
 */
export function parseFilters(params: Params, currencies: readonly string[] = ['USD']): ParsedFilters {
  const problems: string[] = [];
  const slugs = (key: string) => {
    const out: string[] = [];
    for (const v of valuesOf(params, key)) {
      if (isSlug(v)) out.push(v);
      else problems.push(`${key} "${v.slice(0, 40)}" is not a party slug; ignored`);
    }
    return [...new Set(out)].slice(0, 50);
  };
  const date = (key: 'from' | 'to') => {
    const [v] = valuesOf(params, key);
    if (!v) return null;
    if (isRealDate(v)) return v;
    problems.push(`${key} "${v.slice(0, 40)}" is not a date written YYYY-MM-DD; ignored`);
    return null;
  };
  let from = date('from');
  let to = date('to');
  if (from && to && from > to) {
    problems.push(`from ${from} is after to ${to}; date range ignored`);
    from = null;
    to = null;
  }
  let currency = 'USD';
  const [askedCurrency] = valuesOf(params, 'currency');
  if (askedCurrency) {
    const code = askedCurrency.toUpperCase();
    if (currencies.includes(code)) currency = code;
    else problems.push(`currency "${askedCurrency.slice(0, 10)}" has no exchange rates here; showing USD`);
  }
  let group: PeerGroupId | null = null;
  const [askedGroup] = valuesOf(params, 'group');
  if (askedGroup) {
    const id = askedGroup.toLowerCase();
    if ((PEER_GROUP_IDS as readonly string[]).includes(id)) group = id as PeerGroupId;
    else
      problems.push(
        `group "${askedGroup.slice(0, 40)}" is not a peer group; use one of ${PEER_GROUP_IDS.join(', ')}; ignored`,
      );
  }
  return {
    filters: {
      donor: slugs('donor'),
      recipient: slugs('recipient'),
      category: pickEnum(params, 'category', CATEGORIES, problems),
      stage: pickEnum(params, 'stage', STAGES, problems),
      instrument: pickEnum(params, 'instrument', INSTRUMENTS, problems),
      from,
      to,
      currency,
      group,
    },
    problems,
  };
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

/**
 * Where the cumulative series places a pledge (`dates=` on the dashboard, the series API and
 * series.csv): on its announcement date, or each stage's line on the date that stage was reached
 * (lib/counting.ts `addReachedBucket`). Not a filter: it changes no total, only the time axis.
 */
export const DATE_BASES = ['announced', 'reached'] as const;
export type DateBasis = (typeof DATE_BASES)[number];
export const DATES_PARAM = 'dates';

/** The `dates` parameter, forgiving like the filters: a bad value is named in `problems` and `announced` used. */
export function parseDateBasis(params: Params, problems: string[] = []): DateBasis {
  const [asked] = valuesOf(params, DATES_PARAM);
  if (!asked) return 'announced';
  if ((DATE_BASES as readonly string[]).includes(asked)) return asked as DateBasis;
  problems.push(
    `${DATES_PARAM} "${asked.slice(0, 40)}" is not one of ${DATE_BASES.join(', ')}; showing announcement dates`,
  );
  return 'announced';
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
