// The donor ranking's shapes and its pure arithmetic: ranks, shares and the table's sort. The sums
// themselves come from the one bucket query (db/totals/ranking.ts); nothing here totals pledges.
import type { PartyKind } from './domain';

export const RANK_MEASURES = ['committed', 'allocated', 'disbursed'] as const;
export type RankMeasure = (typeof RANK_MEASURES)[number];
export const RANK_COLUMNS = ['committed', 'allocated', 'disbursed', 'pctGdp', 'perCapita', 'share'] as const;
export type RankColumn = (typeof RANK_COLUMNS)[number];
export const SORT_COLUMNS = [...RANK_COLUMNS, 'name'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export type RankedFigures = {
  /** Stage totals in the reporting currency's minor units (lib/counting.ts). */
  committed: number;
  allocated: number;
  disbursed: number;
  /** The chosen measure's USD value as a percentage of GDP (0.025 means 0.025 %); null: no figures. */
  pctGdp: number | null;
  /** The chosen measure's USD value per inhabitant, in US dollars; null: no figures. */
  perCapita: number | null;
  /** The chosen measure as a fraction (0–1) of all listed donors' together. */
  share: number | null;
  /** Why `pctGdp` and `perCapita` are missing ("an EU institution: …"), else null. */
  noFigures: string | null;
  /** The GDP and population years the figures used. */
  gdpYears: number[];
  populationYears: number[];
  /** The GDP (current USD) divided by, per year: a donor's by its figure's year, a group's (its members' sum) by the year asked. */
  gdpUsed: { year: number; usd: number }[];
};

export type DonorRow = RankedFigures & {
  slug: string;
  name: string;
  kind: PartyKind;
  iso3: string | null;
  /** The month (1–12) the donor's fiscal year starts in; null: the calendar year. */
  fiscalYearStartMonth: number | null;
  ranks: Record<RankColumn, number | null>;
};

export type GroupRow = RankedFigures & {
  id: string;
  name: string;
  asOf: string;
  note: string | null;
  members: readonly string[];
  memberCount: number;
};

export type DonorRanking = {
  currency: string;
  measure: RankMeasure;
  /** The fixed reference year asked for, or null: each pledge's own year. */
  gdpYear: number | null;
  /** The year undated pledges are measured against (the latest the files hold), when any were. */
  undatedYear: number | null;
  donors: DonorRow[];
  groups: GroupRow[];
  /** The chosen measure summed over all listed donors (the denominator of `share`). */
  total: number;
  credit: string;
};

/** Competition ranks ("1, 2, 2, 4"), largest first; a missing figure has no rank, and neither has
 *  nothing (0): a donor that disbursed nothing is not "first" among others that disbursed nothing. */
export function ranksOf(values: (number | null)[]): (number | null)[] {
  const present = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => b - a);
  return values.map((v) => (v === null || v <= 0 ? null : present.indexOf(v) + 1));
}

/** Fills each row's ranks, one column at a time (mutates and returns the rows). */
export function assignRanks<T extends RankedFigures & { ranks: Record<RankColumn, number | null> }>(
  rows: T[],
): T[] {
  for (const column of RANK_COLUMNS) {
    const ranks = ranksOf(rows.map((r) => r[column]));
    rows.forEach((r, i) => {
      r.ranks[column] = ranks[i];
    });
  }
  return rows;
}

/** Rows sorted by a column; missing figures ("—") always last, then by name. */
export function sortRows(rows: readonly DonorRow[], column: SortColumn, dir: 'asc' | 'desc'): DonorRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === 'name') return sign * a.name.localeCompare(b.name);
    const x = a[column];
    const y = b[column];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    return sign * (x - y) || a.name.localeCompare(b.name);
  });
}
