// The one scan the dashboard's figures share, and the cache every total in db/totals/ is kept in
// until the data next changes (db/meta.ts).
import { pledges } from '../tables';
import { versionedCache } from '../meta';
import { bucketRows, toBucket } from './buckets';
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

export function getOverview(filters: PledgeFilters): Promise<OverviewGroup[]> {
  return cached('overview', filters, null, async () =>
    (
      await bucketRows(filters, [
        periodOf(pledges.announcedOn, 'month'),
        pledges.category.getSQL(),
        pledges.donorId.getSQL(),
      ])
    ).map((r) => ({
      month: r.key,
      category: r.key2 as Category,
      donorId: Number(r.key3),
      bucket: toBucket(r),
    })),
  );
}
