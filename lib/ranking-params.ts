// The donor ranking's own query parameters beside the filters (lib/filters.ts): `measure`, `gdpYear`,
// `sort`, `dir`. Like parseFilters, parsing never throws: a page drops a bad value and names it, the
// API refuses it (lib/api/query.ts refuseProblems). Every problem starts with the parameter's name.
import { RANK_MEASURES, SORT_COLUMNS, type RankMeasure, type SortColumn } from './ranking';

export type RankingParams = {
  measure: RankMeasure;
  gdpYear: number | null;
  sort: SortColumn | null;
  dir: 'asc' | 'desc';
};
export const RANKING_PARAM_NAMES = ['measure', 'gdpYear', 'sort', 'dir'] as const;
export const GDP_YEARS = { min: 1960, max: 2100 } as const;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? params.get(key) : [params[key] ?? []].flat()[0];
  return v?.trim() || undefined;
}

export function parseRankingParams(params: Params): { ranking: RankingParams; problems: string[] } {
  const problems: string[] = [];
  const choice = <T extends string>(key: string, allowed: readonly T[], fallback: T, then: string): T => {
    const v = first(params, key);
    if (v === undefined) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`${key} "${v.slice(0, 40)}" is not one of ${allowed.join(', ')}; ${then}`);
    return fallback;
  };
  const measure = choice('measure', RANK_MEASURES, 'committed', 'showing committed');
  const sort =
    first(params, 'sort') === undefined
      ? null
      : choice<SortColumn>('sort', SORT_COLUMNS, measure, `sorted by ${measure}`);
  const dir = choice('dir', ['asc', 'desc'] as const, sort === 'name' ? 'asc' : 'desc', 'ignored');
  let gdpYear: number | null = null;
  const year = first(params, 'gdpYear');
  if (year !== undefined) {
    if (/^\d{4}$/.test(year) && Number(year) >= GDP_YEARS.min && Number(year) <= GDP_YEARS.max)
      gdpYear = Number(year);
    else
      problems.push(
        `gdpYear "${year.slice(0, 40)}" is not a year from ${GDP_YEARS.min} on (YYYY); each pledge's own year is used`,
      );
  }
  return { ranking: { measure, gdpYear, sort, dir }, problems };
}

/** Back to query parameters; defaults are left out. */
export function rankingToSearchParams(ranking: Partial<RankingParams>): URLSearchParams {
  const out = new URLSearchParams();
  if (ranking.measure && ranking.measure !== 'committed') out.set('measure', ranking.measure);
  if (ranking.gdpYear) out.set('gdpYear', String(ranking.gdpYear));
  if (ranking.sort) out.set('sort', ranking.sort);
  if (ranking.sort && ranking.dir) out.set('dir', ranking.dir);
  return out;
}
