// The `dates` parameter of the dashboard, the series API and series.csv; lib/filters.ts re-exports it.
import { valuesOf, type Params } from './query-values';

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
