// The cumulative series: running sums per month or day of the totals lib/counting.ts gives, by
// announcement date or by the date each stage was reached (db/totals/reached.ts).
import type { SQL } from 'drizzle-orm';
import { read, rows } from '../connection';
import { pledges } from '../tables';
import { bucketSql, toBucket, type BucketRow } from './buckets';
import { cached, getOverview } from './overview';
import { reachedGroups, periodOf } from './reached';
import { announcedSeries, reachedSeries, type Series } from './running-totals';
import type { DateBasis, PledgeFilters } from '../../lib/filters';
import type { Category } from '../../lib/domain';

export type { Series, SeriesPoint } from './running-totals';

/**
 * Cumulative support over time, by `announced_on` or by the date each stage was reached
 * (`dates`, db/totals/reached.ts). Undated pledges are counted in totals but have no place on the
 * axis: they are reported as `undatedCount` and per line. Monthly series by announcement come from the overview.
 */
export function seriesFor(
  filters: PledgeFilters,
  interval: 'month' | 'day' = 'month',
  dates: DateBasis = 'announced',
): Promise<Series> {
  return cached('series', filters, [interval, dates], async () => {
    if (dates === 'reached')
      return reachedSeries(await reachedGroups(filters, interval), interval, filters.currency);
    return interval === 'month'
      ? announcedSeries(
          (await getOverview(filters)).map((g) => ({
            period: g.month,
            category: g.category,
            bucket: g.bucket,
          })),
          interval,
          filters.currency,
        )
      : computeSeries(filters, interval);
  });
}

export async function getSeries(
  filters: PledgeFilters,
  interval: 'month' | 'day' = 'month',
  dates: DateBasis = 'announced',
): Promise<Series> {
  return read(() => seriesFor(filters, interval, dates));
}

/** The series' bucket query (what the bench runs in sqlite3 beside our verb). */
export function seriesSql(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): SQL {
  return bucketSql(filters, [periodOf(pledges.announcedOn, interval), pledges.category.getSQL()]);
}

/** The series computed afresh, bypassing the cache (the bench's measure of the query itself). */
export async function computeSeries(
  filters: PledgeFilters,
  interval: 'month' | 'day' = 'month',
): Promise<Series> {
  return announcedSeries(
    (await read((db) => rows<BucketRow>(db, seriesSql(filters, interval)))).map((r) => ({
      period: r.key,
      category: r.key2 as Category,
      bucket: toBucket(r),
    })),
    interval,
    filters.currency,
  );
}
