// Totals, breakdowns and the cumulative series: aggregation in SQL, the counting rules of
// lib/counting.ts applied to its buckets, results cached until the data next changes.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { monthOf } from '../sql-dialect';
import { read, rows } from '../connection';
import { pledges, parties } from '../tables';
import { versionedCache } from '../meta';
import { bucketRows, bucketSql, toBucket, type BucketRow } from './buckets';
import { tally, addBucket, addTotals, ZERO_TOTALS, type Bucket, type Totals } from '../../lib/counting';
import { filtersKey, type PledgeFilters } from '../../lib/filters';
import type { Category } from '../../lib/domain';

export { valueIn, bucketSql } from './buckets';
export { getReportedTotals, reportedTotalsFor, type ReportedTotal } from './reported';

function groupTally(rows: BucketRow[]): Map<string | null, Totals> {
  const out = new Map<string | null, Totals>();
  for (const r of rows) out.set(r.key, addBucket(out.get(r.key) ?? { ...ZERO_TOTALS }, toBucket(r)));
  return out;
}

const cache = versionedCache<unknown>();
function cached<T>(name: string, filters: PledgeFilters, extra: unknown, compute: () => T | Promise<T>): Promise<T> {
  return cache(`${name}:${filtersKey(filters)}:${JSON.stringify(extra)}`, compute) as Promise<T>;
}

/**
 * One scan serves the dashboard: buckets by (month, category, donor). Totals, the monthly series,
 * the donor and category breakdowns and the summary are all sums of these groups, so a page that
 * shows all of them reads the pledges once per data version instead of once per figure.
 */
type OverviewGroup = { month: string | null; category: Category; donorId: number; bucket: Bucket };

function getOverview(filters: PledgeFilters): Promise<OverviewGroup[]> {
  return cached('overview', filters, null, async () =>
    (await bucketRows(filters, [monthOf(pledges.announcedOn), pledges.category.getSQL(), pledges.donorId.getSQL()]))
      .map((r) => ({ month: r.key, category: r.key2 as Category, donorId: Number(r.key3), bucket: toBucket(r) })));
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
  const found = await read((db) => db.select({ id: parties.id, slug: parties.slug, name: parties.name }).from(parties)
    .where(inArray(parties.id, ids)));
  return new Map(found.map((p) => [p.id, p]));
}

/** Headline totals for the filters, by the counting rules of lib/counting.ts. */
export function totalsFor(filters: PledgeFilters): Promise<Totals> {
  return cached('totals', filters, null, async () => tally((await getOverview(filters)).map((g) => g.bucket)));
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
      rows = [...tallyBy(await getOverview(filters), (g) => g.category)].map(([key, totals]) => ({ key, label: key, totals }));
    } else {
      const groups = by === 'donor'
        ? tallyBy(await getOverview(filters), (g) => g.donorId)
        : new Map([...groupTally(await bucketRows(filters, sql`${pledges.recipientId}`))].map(([k, t]) => [Number(k), t]));
      const names = await partyNames([...groups.keys()]);
      rows = [...groups].map(([id, totals]) => ({ key: names.get(id)?.slug ?? String(id), label: names.get(id)?.name ?? String(id), totals }));
    }
    return rows.sort((a, b) => (b.totals.committed + b.totals.announced) - (a.totals.committed + a.totals.announced)
      || b.totals.itemCount - a.totals.itemCount || a.label.localeCompare(b.label));
  });
}

export async function getBreakdown(filters: PledgeFilters, by: BreakdownDimension): Promise<BreakdownRow[]> {
  return read(() => breakdownFor(filters, by));
}

/** Totals for every (donor, category) pair: the summary export's and API's rows. */
export async function getSummary(filters: PledgeFilters): Promise<{ donor: string; donorName: string; category: Category; totals: Totals }[]> {
  return read(() => {
    return cached('summary', filters, null, async () => {
      const overview = await getOverview(filters);
      const groups = tallyBy(overview, (g) => `${g.donorId}:${g.category}`);
      const names = await partyNames([...new Set(overview.map((g) => g.donorId))]);
      return [...groups].map(([key, totals]) => {
        const [donorId, category] = key.split(':');
        const party = names.get(Number(donorId));
        return { donor: party?.slug ?? donorId, donorName: party?.name ?? donorId, category: category as Category, totals };
      }).sort((a, b) => a.donorName.localeCompare(b.donorName) || a.category.localeCompare(b.category));
    });
  });
}

export type SeriesPoint = { period: string; totals: Totals; cumulative: Totals; byCategory: Partial<Record<Category, Totals>> };
export type Series = { interval: 'month' | 'day'; points: SeriesPoint[]; undatedCount: number; currency: string };

/**
 * Cumulative support over time by `announced_on`. Undated pledges are counted in totals but have
 * no place on the axis: they are reported as `undatedCount`. Monthly series come from the overview.
 */
export function seriesFor(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): Promise<Series> {
  return cached('series', filters, interval, async () => (interval === 'month'
    ? buildSeries((await getOverview(filters)).map((g) => ({ period: g.month, category: g.category, bucket: g.bucket })), interval, filters.currency)
    : computeSeries(filters, interval)));
}

export async function getSeries(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): Promise<Series> {
  return read(() => seriesFor(filters, interval));
}

/** The series' bucket query (what the bench runs in sqlite3 beside our verb). */
export function seriesSql(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): SQL {
  const period = interval === 'month' ? monthOf(pledges.announcedOn) : sql`${pledges.announcedOn}`;
  return bucketSql(filters, [period, pledges.category.getSQL()]);
}

/** The series computed afresh, bypassing the cache (the bench's measure of the query itself). */
export async function computeSeries(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): Promise<Series> {
  return buildSeries((await read((db) => rows<BucketRow>(db, seriesSql(filters, interval))))
    .map((r) => ({ period: r.key, category: r.key2 as Category, bucket: toBucket(r) })), interval, filters.currency);
}

/** Running totals per period (and per category within it) from period/category buckets. */
function buildSeries(groups: { period: string | null; category: Category; bucket: Bucket }[], interval: Series['interval'], currency: string): Series {
  const byPeriod = new Map<string, SeriesPoint>();
  let undated = { ...ZERO_TOTALS };
  for (const { period, category, bucket } of groups) {
    if (period == null) {
      undated = addBucket(undated, bucket);
      continue;
    }
    const point = byPeriod.get(period) ?? { period, totals: { ...ZERO_TOTALS }, cumulative: ZERO_TOTALS, byCategory: {} };
    addBucket(point.totals, bucket);
    point.byCategory[category] = addBucket(point.byCategory[category] ?? { ...ZERO_TOTALS }, bucket);
    byPeriod.set(period, point);
  }
  const points = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  let running = { ...ZERO_TOTALS };
  for (const point of points) {
    running = addTotals(running, point.totals);
    point.cumulative = running;
  }
  return { interval, points, undatedCount: undated.itemCount, currency };
}
