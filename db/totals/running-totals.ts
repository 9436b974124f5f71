// The series' pure half: grouped buckets (by announcement date or by the date each stage was reached)
// turned into running totals per period and the undated counts per line; db/totals/series.ts reads the groups.
import type { ReachedGroup } from './reached';
import {
  addBucket,
  addTotals,
  linesOf,
  reachedShare,
  LINES,
  ZERO_TOTALS,
  type Bucket,
  type Line,
  type Totals,
} from '../../lib/counting';
import type { DateBasis } from '../../lib/filters';
import type { Category } from '../../lib/domain';

export type SeriesPoint = {
  period: string;
  totals: Totals;
  cumulative: Totals;
  byCategory: Partial<Record<Category, Totals>>;
};
export type Series = {
  interval: 'month' | 'day';
  dates: DateBasis;
  points: SeriesPoint[];
  currency: string;
  /** Pledges counted in totals with no place on the time axis: no announcement date (`announced`), or no date for a stage line they are on (`reached`). */
  undatedCount: number;
  /** Per line, the pledges that add to its total but have no date for it ("12 disbursements without a date"). */
  undatedByLine: Record<Line, number>;
};
type Placed = { period: string | null; category: Category; share: Totals };

const noneByLine = (): Record<Line, number> =>
  Object.fromEntries(LINES.map((l) => [l, 0])) as Record<Line, number>;

export function announcedSeries(
  groups: { period: string | null; category: Category; bucket: Bucket }[],
  interval: Series['interval'],
  currency: string,
): Series {
  const byLine = noneByLine();
  let count = 0;
  for (const { period, bucket } of groups) {
    if (period != null) continue;
    count += addBucket({ ...ZERO_TOTALS }, bucket).itemCount;
    for (const line of linesOf(bucket)) byLine[line] += bucket.count;
  }
  const placed = groups.map((g) => ({
    period: g.period,
    category: g.category,
    share: addBucket({ ...ZERO_TOTALS }, g.bucket),
  }));
  return {
    ...runningTotals(placed),
    interval,
    dates: 'announced',
    currency,
    undatedCount: count,
    undatedByLine: byLine,
  };
}

export function reachedSeries(
  groups: ReachedGroup[],
  interval: Series['interval'],
  currency: string,
): Series {
  const byLine = noneByLine();
  let count = 0;
  // Each pledge is in the announced_on branch once: there, which of its lines have no date.
  for (const { period, line, known, bucket } of groups) {
    if (line !== 'announced') continue;
    const undated = linesOf(bucket).filter((l) => (l === 'announced' ? period == null : !known[l]));
    for (const l of undated) byLine[l] += bucket.count;
    if (undated.length) count += bucket.count;
  }
  const placed = groups.map((g) => ({
    period: g.period,
    category: g.category,
    share: reachedShare(g.bucket, g.line, g.known),
  }));
  return {
    ...runningTotals(placed),
    interval,
    dates: 'reached',
    currency,
    undatedCount: count,
    undatedByLine: byLine,
  };
}

/** Running totals per period (and per category within it) from each group's share; undated shares stay off the axis. */
function runningTotals(groups: Placed[]): { points: SeriesPoint[] } {
  const byPeriod = new Map<string, SeriesPoint>();
  for (const { period, category, share } of groups) {
    if (period == null) continue;
    const point = byPeriod.get(period) ?? {
      period,
      totals: { ...ZERO_TOTALS },
      cumulative: ZERO_TOTALS,
      byCategory: {},
    };
    point.totals = addTotals(point.totals, share);
    point.byCategory[category] = addTotals(point.byCategory[category] ?? { ...ZERO_TOTALS }, share);
    byPeriod.set(period, point);
  }
  const points = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  let running = { ...ZERO_TOTALS };
  for (const point of points) {
    running = addTotals(running, point.totals);
    point.cumulative = running;
  }
  return { points };
}
