// Totals, breakdowns and the summary: aggregation in SQL, the counting rules of
// lib/counting.ts applied to its buckets, results cached until the data next changes.
import { inArray, sql } from 'drizzle-orm';
import { read } from '../connection';
import { pledges, parties } from '../tables';
import { bucketRows, toBucket, type BucketRow } from './buckets';
import { cached, getOverview, type OverviewGroup } from './overview';
import { tally, addBucket, ZERO_TOTALS, type Totals } from '../../lib/counting';
import type { PledgeFilters } from '../../lib/filters';
import type { Category } from '../../lib/domain';

export { valueIn, bucketSql } from './buckets';
export { getReportedTotals, reportedTotalsFor, type ReportedTotal } from './reported';
export { computeSeries, getSeries, seriesFor, seriesSql, type Series, type SeriesPoint } from './series';
export { overviewSql } from './overview';

function groupTally(rows: BucketRow[]): Map<string | null, Totals> {
  const out = new Map<string | null, Totals>();
  for (const r of rows) out.set(r.key, addBucket(out.get(r.key) ?? { ...ZERO_TOTALS }, toBucket(r)));
  return out;
}

function tallyBy<K>(groups: OverviewGroup[], keyOf: (g: OverviewGroup) => K): Map<K, Totals> {
  const out = new Map<K, Totals>();
  for (const g of groups) {
    const key = keyOf(g);
    out.set(key, addBucket(out.get(key) ?? { ...ZERO_TOTALS }, g.bucket));
  }
  return out;
}

async function partyNames(ids: number[]): Promise<Map<number, { slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const found = await read((db) =>
    db
      .select({ id: parties.id, slug: parties.slug, name: parties.name })
      .from(parties)
      .where(inArray(parties.id, ids)),
  );
  return new Map(found.map((p) => [p.id, p]));
}

/** Headline totals for the filters, by the counting rules of lib/counting.ts. */
export function totalsFor(filters: PledgeFilters): Promise<Totals> {
  return cached('totals', filters, null, async () =>
    tally((await getOverview(filters)).map((g) => g.bucket)),
  );
}

export async function getTotals(filters: PledgeFilters): Promise<Totals> {
  return read(() => totalsFor(filters));
}

export type BreakdownDimension = 'donor' | 'recipient' | 'category';
export type BreakdownRow = { key: string; label: string; totals: Totals };

/** Totals per donor, recipient or category, largest committed-plus-announced first. */
export function breakdownFor(filters: PledgeFilters, by: BreakdownDimension): Promise<BreakdownRow[]> {
  return cached('breakdown', filters, by, async () => {
    let rows: BreakdownRow[];
    if (by === 'category') {
      rows = [...tallyBy(await getOverview(filters), (g) => g.category)].map(([key, totals]) => ({
        key,
        label: key,
        totals,
      }));
    } else {
      const groups =
        by === 'donor'
          ? tallyBy(await getOverview(filters), (g) => g.donorId)
          : new Map(
              [...groupTally(await bucketRows(filters, sql`${pledges.recipientId}`))].map(([k, t]) => [
                Number(k),
                t,
              ]),
            );
      const names = await partyNames([...groups.keys()]);
      rows = [...groups].map(([id, totals]) => ({
        key: names.get(id)?.slug ?? String(id),
        label: names.get(id)?.name ?? String(id),
        totals,
      }));
    }
    return rows.sort(
      (a, b) =>
        b.totals.committed + b.totals.announced - (a.totals.committed + a.totals.announced) ||
        b.totals.itemCount - a.totals.itemCount ||
        a.label.localeCompare(b.label),
    );
  });
}

export async function getBreakdown(filters: PledgeFilters, by: BreakdownDimension): Promise<BreakdownRow[]> {
  return read(() => breakdownFor(filters, by));
}

/** Totals for every (donor, category) pair: the summary export's and API's rows. */
export async function getSummary(
  filters: PledgeFilters,
): Promise<{ donor: string; donorName: string; category: Category; totals: Totals }[]> {
  return read(() => {
    return cached('summary', filters, null, async () => {
      const overview = await getOverview(filters);
      const groups = tallyBy(overview, (g) => `${g.donorId}:${g.category}`);
      const names = await partyNames([...new Set(overview.map((g) => g.donorId))]);
      return [...groups]
        .map(([key, totals]) => {
          const [donorId, category] = key.split(':');
          const party = names.get(Number(donorId));
          return {
            donor: party?.slug ?? donorId,
            donorName: party?.name ?? donorId,
            category: category as Category,
            totals,
          };
        })
        .sort((a, b) => a.donorName.localeCompare(b.donorName) || a.category.localeCompare(b.category));
    });
  });
}
