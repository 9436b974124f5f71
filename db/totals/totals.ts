// Totals, breakdowns and the cumulative series: aggregation in SQL, the counting rules of
// lib/counting.ts applied to its buckets, results cached until the data next changes.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { read, rows } from '../connection';
import { pledges, parties } from '../tables';
import { versionedCache } from '../meta';
import { bucketRows, bucketSql, toBucket, type BucketRow } from './buckets';
import { reachedGroups, periodOf, type ReachedGroup } from './reached';
import { tally, addBucket, addTotals, linesOf, reachedShare, LINES, ZERO_TOTALS, type Bucket, type Line, type Totals } from '../../lib/counting';
import { filtersKey, type DateBasis, type PledgeFilters } from '../../lib/filters';
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
    (await bucketRows(filters, [periodOf(pledges.announcedOn, 'month'), pledges.category.getSQL(), pledges.donorId.getSQL()]))
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
export type Series = {
  interval: 'month' | 'day'; dates: DateBasis; points: SeriesPoint[]; currency: string;
  /** Pledges counted in totals with no place on the time axis: no announcement date (`announced`), or no date for a stage line they are on (`reached`). */
  undatedCount: number;
  /** Per line, the pledges that add to its total but have no date for it ("12 disbursements without a date"). */
  undatedByLine: Record<Line, number>;
};
type Placed = { period: string | null; category: Category; share: Totals };

/**
 * Cumulative support over time, by `announced_on` or by the date each stage was reached
 * (`dates`, db/totals/reached.ts). Undated pledges are counted in totals but have no place on the
 * axis: they are reported as `undatedCount` and per line. Monthly series by announcement come from the overview.
 */
export function seriesFor(filters: PledgeFilters, interval: 'month' | 'day' = 'month', dates: DateBasis = 'announced'): Promise<Series> {
  return cached('series', filters, [interval, dates], async () => {
    if (dates === 'reached') return reachedSeries(await reachedGroups(filters, interval), interval, filters.currency);
    return interval === 'month'
      ? announcedSeries((await getOverview(filters)).map((g) => ({ period: g.month, category: g.category, bucket: g.bucket })), interval, filters.currency)
      : computeSeries(filters, interval);
  });
}

export async function getSeries(filters: PledgeFilters, interval: 'month' | 'day' = 'month', dates: DateBasis = 'announced'): Promise<Series> {
  return read(() => seriesFor(filters, interval, dates));
}

/** The series' bucket query (what the bench runs in sqlite3 beside our verb). */
export function seriesSql(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): SQL {
  return bucketSql(filters, [periodOf(pledges.announcedOn, interval), pledges.category.getSQL()]);
}

/** The series computed afresh, bypassing the cache (the bench's measure of the query itself). */
export async function computeSeries(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): Promise<Series> {
  return announcedSeries((await read((db) => rows<BucketRow>(db, seriesSql(filters, interval))))
    .map((r) => ({ period: r.key, category: r.key2 as Category, bucket: toBucket(r) })), interval, filters.currency);
}

const noneByLine = (): Record<Line, number> => Object.fromEntries(LINES.map((l) => [l, 0])) as Record<Line, number>;

function announcedSeries(groups: { period: string | null; category: Category; bucket: Bucket }[], interval: Series['interval'], currency: string): Series {
  const byLine = noneByLine();
  let count = 0;
  for (const { period, bucket } of groups) {
    if (period != null) continue;
    count += addBucket({ ...ZERO_TOTALS }, bucket).itemCount;
    for (const line of linesOf(bucket)) byLine[line] += bucket.count;
  }
  const placed = groups.map((g) => ({ period: g.period, category: g.category, share: addBucket({ ...ZERO_TOTALS }, g.bucket) }));
  return { ...runningTotals(placed), interval, dates: 'announced', currency, undatedCount: count, undatedByLine: byLine };
}

function reachedSeries(groups: ReachedGroup[], interval: Series['interval'], currency: string): Series {
  const byLine = noneByLine();
  let count = 0;
  // Each pledge is in the announced_on branch once: there, which of its lines have no date.
  for (const { period, line, known, bucket } of groups) {
    if (line !== 'announced') continue;
    const undated = linesOf(bucket).filter((l) => (l === 'announced' ? period == null : !known[l]));
    for (const l of undated) byLine[l] += bucket.count;
    if (undated.length) count += bucket.count;
  }
  const placed = groups.map((g) => ({ period: g.period, category: g.category, share: reachedShare(g.bucket, g.line, g.known) }));
  return { ...runningTotals(placed), interval, dates: 'reached', currency, undatedCount: count, undatedByLine: byLine };
}

/** Running totals per period (and per category within it) from each group's share; undated shares stay off the axis. */
function runningTotals(groups: Placed[]): { points: SeriesPoint[] } {
  const byPeriod = new Map<string, SeriesPoint>();
  for (const { period, category, share } of groups) {
    if (period == null) continue;
    const point = byPeriod.get(period) ?? { period, totals: { ...ZERO_TOTALS }, cumulative: ZERO_TOTALS, byCategory: {} };
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
