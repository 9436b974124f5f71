// The dashboard's cumulative chart: its rows with the pledges that moved each step and the
// reported-total markers beside the itemised sum at their date. The dashboard's other reads live in
// files of their own (claims.ts, top-breakdown.ts, filter-options.ts) and are re-exported here.
// Every figure comes from db/totals/totals.ts's counting rules.
import { sql } from 'drizzle-orm';
import { firstRow, read, rows } from '../connection';
import { pledges } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { seriesFor, valueIn } from './totals';
import { reportedMarkers } from './claims';
import { versionedCache } from '../meta';
import type { Line } from '../../lib/counting';
import { countReachedDays, placedPledgesSql } from './reached';
import { listUndatedByLine, type UndatedPledge } from './undated';
import { filtersKey, type DateBasis, type PledgeFilters } from '../../lib/filters';
import {
  buildCumulativeRows,
  type ChartRow,
  type Mover,
  type MoversByPeriod,
  type ReportedMarker,
} from '../../lib/cumulative-rows';
import { todayIso } from '../../lib/dates';
import { pledgesAt } from '../as-of/pledges-at';

export type { ReportedMarker };
export { getReportedClaims, type ReportedClaim } from './claims';
export { getTopBreakdown, type TopBreakdown } from './top-breakdown';
export { dropUnknownParties, listFilterParties, listReportingCurrencies } from './filter-options';

/** More distinct days than this and the chart steps by month instead (a readable axis, small payload). */
const MAX_DAILY_POINTS = 400;

export type CumulativeChart = {
  interval: 'day' | 'month';
  currency: string;
  rows: ChartRow[];
  markers: ReportedMarker[];
  /** Reported totals in the filters with no date, or beyond the markers drawn (db/totals/claims.ts). */
  unplacedMarkers: number;
  undatedCount: number;
  dates: DateBasis;
  /** Per line, the pledges in its total with no date for it; with `reached`, up to 20 of them by name. */
  undatedByLine: Record<Line, number>;
  undatedPledges: Record<Line, UndatedPledge[]> | null;
};

const cache = versionedCache<unknown>(200);

/** The three largest pledges of each period and how many moved it, in one windowed query. */
async function listMovers(
  filters: PledgeFilters,
  interval: 'day' | 'month',
  dates: DateBasis,
): Promise<MoversByPeriod> {
  const found = await read((db) =>
    rows<{ period: string; id: number; title: string; v: number | null; n: number }>(
      db,
      sql`
    select period, id, title, v, n from (
      select period, id, title, v, row_number() over (partition by period order by v desc nulls last, id) as rn,
             count(*) over (partition by period) as n
      from (${placedPledgesSql(filters, interval, dates, valueIn(filters.currency))}) as placed
    ) as ranked where rn <= 3 order by period, rn`,
    ),
  );
  const out: MoversByPeriod = new Map();
  for (const r of found) {
    const entry = out.get(r.period) ?? { movers: [] as Mover[], count: r.n };
    entry.movers.push({ id: r.id, title: r.title, value: r.v });
    out.set(r.period, entry);
  }
  return out;
}

async function countDistinctDays(filters: PledgeFilters, dates: DateBasis): Promise<number> {
  if (dates === 'reached') return countReachedDays(filters);
  const where = whereFilters(filters);
  return (
    (
      await read((db) =>
        firstRow<{ n: number }>(
          db,
          sql`select count(distinct ${pledges.announcedOn}) as n from ${pledgesAt(filters.asOf)}
    ${where ? sql`where ${where}` : sql``}`,
        ),
      )
    )?.n ?? 0
  );
}

/** Cumulative support by announcement date or by the date each stage was reached, by day (or by month over long ranges). */
export async function getCumulativeChart(
  filters: PledgeFilters,
  today = todayIso(),
  dates: DateBasis = 'announced',
): Promise<CumulativeChart> {
  return read(() => {
    return cache(`chart:${filtersKey(filters)}:${today}:${dates}`, async () => {
      // Count the distinct days first (an index scan) rather than build a daily series to throw away.
      const series = await seriesFor(
        filters,
        (await countDistinctDays(filters, dates)) > MAX_DAILY_POINTS ? 'month' : 'day',
        dates,
      );
      const { markers, unplaced } = await reportedMarkers(filters);
      const last = series.points.at(-1)?.period;
      const end = filters.to ?? today;
      const extra = [...markers.map((m) => m.date), ...(last && end > last ? [end] : [])];
      const rows =
        series.points.length || markers.length
          ? buildCumulativeRows(series.points, await listMovers(filters, series.interval, dates), extra)
          : [];
      const undated = dates === 'reached' ? await listUndatedByLine(filters) : null;
      return {
        interval: series.interval,
        dates,
        currency: filters.currency,
        rows,
        markers,
        unplacedMarkers: unplaced,
        undatedCount: series.undatedCount,
        undatedByLine: series.undatedByLine,
        undatedPledges: undated,
      };
    }) as Promise<CumulativeChart>;
  });
}
