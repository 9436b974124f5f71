// Totals, breakdowns and the cumulative series: aggregation in SQL, the counting rules of
// lib/counting.ts applied to its buckets, results cached until the data next changes.
import { inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from './client';
import { pledges, parties, fxRates } from './schema';
import { whereFilters } from './filter-sql';
import { versionedCache } from './meta';
import { currencyExponent } from '../lib/money';
import { tally, addBucket, addTotals, ZERO_TOTALS, type Bucket, type Totals } from '../lib/counting';
import { filtersKey, type PledgeFilters } from '../lib/filters';
import type { Category, PledgeKind, Stage } from '../lib/domain';

/**
 * A pledge's amount in the reporting currency's minor units. Items already in that currency are
 * summed exactly; others convert their stored USD amount at the reporting currency's rate of the
 * pledge's own month (or the latest earlier month).
 */
export function valueIn(currency: string): SQL {
  if (currency === 'USD') {
    return sql`case when ${pledges.currency} = 'USD' then ${pledges.amount} else ${pledges.amountUsd} end`;
  }
  const scale = 10 ** currencyExponent(currency) / 100;
  return sql`case when ${pledges.currency} = ${currency} then ${pledges.amount} else cast(round(${pledges.amountUsd} * (
    select ${fxRates.unitsPerUsd} from ${fxRates}
    where ${fxRates.currency} = ${currency} and ${fxRates.month} <= substr(${pledges.fxDate}, 1, 7)
    order by ${fxRates.month} desc limit 1) * ${scale}) as integer) end`;
}

type BucketRow = {
  key: string | null;
  stage: Stage;
  drawdown: number;
  kind: PledgeKind;
  retracted: number;
  unquantified: number;
  n: number;
  v: number | null;
  unconverted: number;
};

/** The bucket query: filtered pledges grouped by `groupKey` (a period, donor ...) and the facts
 *  the counting rules look at. Exposed so the bench can time the same SQL in the sqlite3 CLI. */
export function bucketSql(filters: PledgeFilters, groupKey: SQL): SQL {
  const value = valueIn(filters.currency);
  const where = whereFilters(filters);
  return sql`
    select k as key, stage, drawdown, kind, retracted, unquantified,
           count(*) as n, sum(v) as v, sum(case when unquantified = 0 and v is null then 1 else 0 end) as unconverted
    from (
      select ${groupKey} as k, ${pledges.stage} as stage, ${pledges.parentId} is not null as drawdown,
             ${pledges.kind} as kind, ${pledges.retractedAt} is not null as retracted,
             ${pledges.amount} is null as unquantified, ${value} as v
      from ${pledges}
      ${where ? sql`where ${where}` : sql``}
    )
    group by k, stage, drawdown, kind, retracted, unquantified`;
}

function bucketRows(filters: PledgeFilters, groupKey: SQL): BucketRow[] {
  return getDb().all<BucketRow>(bucketSql(filters, groupKey));
}

function toBucket(r: BucketRow): Bucket {
  return {
    stage: r.stage, isDrawdown: !!r.drawdown, kind: r.kind, retracted: !!r.retracted,
    quantified: !r.unquantified, count: r.n, value: r.v ?? 0, unconverted: r.unconverted,
  };
}

function groupTally(rows: BucketRow[]): Map<string | null, Totals> {
  const out = new Map<string | null, Totals>();
  for (const r of rows) out.set(r.key, addBucket(out.get(r.key) ?? { ...ZERO_TOTALS }, toBucket(r)));
  return out;
}

const cache = versionedCache<unknown>();
function cached<T>(name: string, filters: PledgeFilters, extra: unknown, compute: () => T): T {
  return cache(`${name}:${filtersKey(filters)}:${JSON.stringify(extra)}`, compute) as T;
}

/** Headline totals for the filters, by DESIGN.md's counting rules. */
export function getTotals(filters: PledgeFilters): Totals {
  return cached('totals', filters, null, () => tally(bucketRows(filters, sql`null`).map(toBucket)));
}

export type BreakdownDimension = 'donor' | 'recipient' | 'category';
export type BreakdownRow = { key: string; label: string; totals: Totals };

/** Totals per donor, recipient or category, largest committed-plus-announced first. */
export function getBreakdown(filters: PledgeFilters, by: BreakdownDimension): BreakdownRow[] {
  return cached('breakdown', filters, by, () => {
    const column = by === 'donor' ? pledges.donorId : by === 'recipient' ? pledges.recipientId : pledges.category;
    const groups = groupTally(bucketRows(filters, sql`${column}`));
    const names = by === 'category' ? null : new Map(getDb().select({ id: parties.id, slug: parties.slug, name: parties.name })
      .from(parties).where(inArray(parties.id, [...groups.keys()].map(Number))).all().map((p) => [String(p.id), p]));
    return [...groups].map(([key, totals]) => {
      const party = names?.get(String(key));
      return { key: party?.slug ?? String(key), label: party?.name ?? String(key), totals };
    }).sort((a, b) => (b.totals.committed + b.totals.announced) - (a.totals.committed + a.totals.announced)
      || b.totals.itemCount - a.totals.itemCount || a.label.localeCompare(b.label));
  });
}

/** Totals for every (donor, category) pair: the summary export's and API's rows. */
export function getSummary(filters: PledgeFilters): { donor: string; donorName: string; category: Category; totals: Totals }[] {
  return cached('summary', filters, null, () => {
    const groups = groupTally(bucketRows(filters, sql`${pledges.donorId} || ':' || ${pledges.category}`));
    const names = new Map(getDb().select().from(parties).all().map((p) => [String(p.id), p]));
    return [...groups].map(([key, totals]) => {
      const [donorId, category] = String(key).split(':');
      const party = names.get(donorId);
      return { donor: party?.slug ?? donorId, donorName: party?.name ?? donorId, category: category as Category, totals };
    }).sort((a, b) => a.donorName.localeCompare(b.donorName) || a.category.localeCompare(b.category));
  });
}

export type SeriesPoint = { period: string; totals: Totals; cumulative: Totals; byCategory: Partial<Record<Category, Totals>> };
export type Series = { interval: 'month' | 'day'; points: SeriesPoint[]; undatedCount: number; currency: string };

/**
 * Cumulative support over time by `announced_on`. Undated pledges are counted in totals but have
 * no place on the axis: they are reported as `undatedCount`.
 */
export function getSeries(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): Series {
  return cached('series', filters, interval, () => computeSeries(filters, interval));
}

/** The series' bucket query (what the bench runs in sqlite3 beside our verb). */
export function seriesSql(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): SQL {
  const period = interval === 'month' ? sql`substr(${pledges.announcedOn}, 1, 7)` : sql`${pledges.announcedOn}`;
  return bucketSql(filters, sql`${period} || '|' || ${pledges.category}`);
}

/** The series computed afresh, bypassing the cache (the bench's measure of the query itself). */
export function computeSeries(filters: PledgeFilters, interval: 'month' | 'day' = 'month'): Series {
  const rows = getDb().all<BucketRow>(seriesSql(filters, interval));
  const byPeriod = new Map<string, SeriesPoint>();
  let undated = { ...ZERO_TOTALS };
  for (const r of rows) {
    const bucket = toBucket(r);
    if (r.key == null) {
      undated = addBucket(undated, bucket);
      continue;
    }
    const [p, category] = r.key.split('|') as [string, Category];
    const point = byPeriod.get(p) ?? { period: p, totals: { ...ZERO_TOTALS }, cumulative: ZERO_TOTALS, byCategory: {} };
    addBucket(point.totals, bucket);
    point.byCategory[category] = addBucket(point.byCategory[category] ?? { ...ZERO_TOTALS }, bucket);
    byPeriod.set(p, point);
  }
  const points = [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
  let running = { ...ZERO_TOTALS };
  for (const point of points) {
    running = addTotals(running, point.totals);
    point.cumulative = running;
  }
  return { interval, points, undatedCount: undated.itemCount, currency: filters.currency };
}

export type ReportedTotal = {
  id: number; title: string; donor: string; recipient: string; announcedOn: string | null;
  isLowerBound: boolean; value: number | null; currency: string;
};

/** Headline claims ("more than $7 billion"), shown as markers and compared, never summed. */
export function getReportedTotals(filters: PledgeFilters): ReportedTotal[] {
  return cached('reported', filters, null, () => {
    const where = whereFilters(filters);
    const donor = sql`(select ${parties.name} from ${parties} where ${parties.id} = ${pledges.donorId})`;
    const recipient = sql`(select ${parties.name} from ${parties} where ${parties.id} = ${pledges.recipientId})`;
    return getDb().all<{ id: number; title: string; donor: string; recipient: string; announcedOn: string | null; lb: number; value: number | null }>(sql`
      select ${pledges.id} as id, ${pledges.title} as title, ${donor} as donor, ${recipient} as recipient,
             ${pledges.announcedOn} as announcedOn, ${pledges.isLowerBound} as lb, ${valueIn(filters.currency)} as value
      from ${pledges}
      where ${pledges.kind} = 'reported_total' and ${pledges.retractedAt} is null ${where ? sql`and ${where}` : sql``}
      order by ${pledges.announcedOn}`).map((r) => ({
      id: r.id, title: r.title, donor: r.donor, recipient: r.recipient, announcedOn: r.announcedOn,
      isLowerBound: !!r.lb, value: r.value, currency: filters.currency,
    }));
  });
}
