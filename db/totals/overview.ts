// The one scan the dashboard's figures share, and the cache every total in db/totals/ is kept in
// until the data next changes (db/meta.ts).
import { pledges } from '../tables';
import { versionedCache } from '../meta';
import { bucketRows, bucketSql, toBucket } from './buckets';
import type { SQL } from 'drizzle-orm';
import { periodOf } from './reached';
import { filtersKey, type PledgeFilters } from '../../lib/filters';
import type { Bucket } from '../../lib/counting';
import type { Category } from '../../lib/domain';

const cache = versionedCache<unknown>();
export function cached<T>(
  name: string,
  filters: PledgeFilters,
  extra: unknown,
  compute: () => T | Promise<T>,
): Promise<T> {
  return cache(`${name}:${filtersKey(filters)}:${JSON.stringify(extra)}`, compute) as Promise<T>;
}

/**
 * One scan serves the dashboard: buckets by (month, category, donor). Totals, the monthly series,
 * the donor and category breakdowns and the summary are all sums of these groups, so a page that
 * shows all of them reads the pledges once per data version instead of once per figure.
 */
export type OverviewGroup = { month: string | null; category: Category; donorId: number; bucket: Bucket };

const overviewKeys = () => [
  periodOf(pledges.announcedOn, 'month'),
  pledges.category.getSQL(),
  pledges.donorId.getSQL(),
];

/** The overview's statement, for the bench to time the same scan in the engine's own client. */
export const overviewSql = (filters: PledgeFilters): SQL => bucketSql(filters, overviewKeys());

export function getOverview(filters: PledgeFilters): Promise<OverviewGroup[]> {
  return cached('overview', filters, null, async () =>
    (await bucketRows(filters, overviewKeys())).map((r) => ({
      month: r.key,
      category: r.key2 as Category,
      donorId: Number(r.key3),
      bucket: toBucket(r),
    })),
  );
}
