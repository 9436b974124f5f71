// What the donor ranking (db/totals/ranking.ts) sums: each donor's stage totals per year announced,
// in the reporting currency and in USD, from the one bucket query of buckets.ts.
import { sql } from 'drizzle-orm';
import { wholeNumber } from '../sql-dialect';
import { pledges } from '../tables';
import { bucketRows, toBucket } from './buckets';
import { addBucket, ZERO_TOTALS, type Totals } from '../../lib/counting';
import type { PledgeFilters } from '../../lib/filters';

export type DonorYears = Map<number, Map<number | null, { totals: Totals; usd: Totals }>>;

/** Tallies per (donor, year announced), in the reporting currency and in USD (the GDP's currency). */
export async function donorYears(filters: PledgeFilters): Promise<DonorYears> {
  const keys = [pledges.donorId.getSQL(), wholeNumber(sql`substr(${pledges.announcedOn}, 1, 4)`)];
  const out: DonorYears = new Map();
  const add = (rows: Awaited<ReturnType<typeof bucketRows>>, field: 'totals' | 'usd') => {
    for (const r of rows) {
      const years = out.get(Number(r.key)) ?? new Map();
      const year = r.key2 == null ? null : Number(r.key2);
      const entry = years.get(year) ?? { totals: { ...ZERO_TOTALS }, usd: { ...ZERO_TOTALS } };
      addBucket(entry[field], toBucket(r));
      years.set(year, entry);
      out.set(Number(r.key), years);
    }
  };
  const rows = await bucketRows(filters, keys);
  add(rows, 'totals');
  add(filters.currency === 'USD' ? rows : await bucketRows({ ...filters, currency: 'USD' }, keys), 'usd');
  return out;
}

/** The three stage sums over a donor's years or a group's members. */
type Stages = Pick<Totals, 'committed' | 'allocated' | 'disbursed'>;
export const stageSums = (entries: Iterable<{ totals: Stages }>): Stages => {
  const sums = { committed: 0, allocated: 0, disbursed: 0 };
  for (const { totals } of entries)
    for (const k of ['committed', 'allocated', 'disbursed'] as const) sums[k] += totals[k];
  return sums;
};
