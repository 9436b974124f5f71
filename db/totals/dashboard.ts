// Reads only the dashboard needs: the cumulative chart's rows with the pledges that moved each
// step, reported-total markers beside the itemised sum at their date, the claim cards, top-N
// breakdowns, and the option lists of the filter bar. Every figure comes from db/totals/totals.ts's counting rules.
import { sql } from 'drizzle-orm';
import { firstRow, read, rows } from '../connection';
import { pledges } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import {
  breakdownFor,
  seriesFor,
  totalsFor,
  valueIn,
  type BreakdownDimension,
  type BreakdownRow,
} from './totals';
import { reportedTotalsFor, type ReportedTotal } from './reported';
import { getPartiesBySlugs, listPartiesInRole } from '../pledges/parties';
import { loadFxTable } from '../fx';
import { versionedCache } from '../meta';
import { addTotals, ZERO_TOTALS, type Line, type Totals } from '../../lib/counting';
import { countReachedDays, placedPledgesSql } from './reached';
import { listUndatedByLine, type UndatedPledge } from './undated';
import { filtersKey, type DateBasis, type ParsedFilters, type PledgeFilters } from '../../lib/filters';
import {
  buildCumulativeRows,
  dayMs,
  type ChartRow,
  type Mover,
  type MoversByPeriod,
  type ReportedMarker,
} from '../../lib/cumulative-rows';

export type { ReportedMarker };
import { todayIso } from '../../lib/dates';
import { pledgesAt } from '../as-of/pledges-at';

/** More distinct days than this and the chart steps by month instead (a readable axis, small payload). */
const MAX_DAILY_POINTS = 400;
/** Markers drawn on the chart; further reported totals stay in the table. */
const MAX_MARKERS = 8;

export type CumulativeChart = {
  interval: 'day' | 'month';
  currency: string;
  rows: ChartRow[];
  markers: ReportedMarker[];
  /** Reported totals in the filters with no date, or beyond MAX_MARKERS. */
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

async function reportedMarkers(
  filters: PledgeFilters,
): Promise<{ markers: ReportedMarker[]; unplaced: number }> {
  const all = await reportedTotalsFor(filters);
  const placeable = all
    .filter((r) => r.announcedOn && r.value != null)
    .sort((a, b) => b.value! - a.value! || a.id - b.id)
    .slice(0, MAX_MARKERS);
  const markers = (
    await Promise.all(
      placeable.map(async (r) => {
        const to = filters.to && filters.to < r.announcedOn! ? filters.to : r.announcedOn!;
        // The claim is about one donor's aid to one recipient: compare it with that pair's items only.
        const itemised = await totalsFor({
          ...filters,
          donor: [r.donorSlug],
          recipient: [r.recipientSlug],
          to,
        });
        return {
          id: r.id,
          title: r.title,
          donor: r.donor,
          recipient: r.recipient,
          date: r.announcedOn!,
          t: dayMs(r.announcedOn!),
          value: r.value!,
          isLowerBound: r.isLowerBound,
          itemised: { committed: itemised.committed, announced: itemised.announced },
        };
      }),
    )
  ).sort((a, b) => a.t - b.t);
  return { markers, unplaced: all.length - markers.length };
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

export type ReportedClaim = ReportedTotal & { value: number; itemisedCommitted: number };

/**
 * Each quantified claim beside what the same filters itemise as committed for its donor →
 * recipient pair so far (the headline's claim cards); the gap is the claim minus that sum.
 */
export async function getReportedClaims(filters: PledgeFilters): Promise<ReportedClaim[]> {
  return read(async () => {
    const quantified = (await reportedTotalsFor(filters)).filter(
      (r): r is ReportedTotal & { value: number } => r.value != null,
    );
    return Promise.all(
      quantified.map(async (r) => ({
        ...r,
        itemisedCommitted: (
          await totalsFor({ ...filters, donor: [r.donorSlug], recipient: [r.recipientSlug] })
        ).committed,
      })),
    );
  });
}

export type TopBreakdown = { rows: BreakdownRow[]; rest: { count: number; totals: Totals } };

/** The `limit` largest groups (committed plus announced), the others summed into `rest`. */
export async function getTopBreakdown(
  filters: PledgeFilters,
  by: BreakdownDimension,
  limit = 10,
): Promise<TopBreakdown> {
  return read(async () => {
    const all = await breakdownFor(filters, by);
    const others = all.slice(limit);
    return {
      rows: all.slice(0, limit),
      rest: {
        count: others.length,
        totals: others.reduce((s, r) => addTotals(s, r.totals), { ...ZERO_TOTALS }),
      },
    };
  });
}

/** Reporting currencies offered in the filter bar: those with a rate in the table's latest month. */
export async function listReportingCurrencies(): Promise<{ all: string[]; current: string[] }> {
  return read(async () => {
    const table = await loadFxTable();
    const all = table.currencies();
    const newestMonth = (c: string) => (c === 'USD' ? '' : (table.rateFor(c, '9999-12')?.month ?? ''));
    const latest = all.map(newestMonth).reduce((a, b) => (b > a ? b : a), '');
    return { all, current: all.filter((c) => c === 'USD' || newestMonth(c) === latest) };
  });
}

/** Donor and recipient slugs that name no party are dropped and named, like any bad filter. */
export async function dropUnknownParties(parsed: ParsedFilters): Promise<ParsedFilters> {
  return read(async () => {
    const known = new Set(
      (await getPartiesBySlugs([...parsed.filters.donor, ...parsed.filters.recipient])).map((p) => p.slug),
    );
    const problems = [...parsed.problems];
    const keep = (key: 'donor' | 'recipient') =>
      parsed.filters[key].filter((slug) => {
        if (!known.has(slug)) problems.push(`${key} "${slug}" is not a donor or recipient we know; ignored`);
        return known.has(slug);
      });
    return { filters: { ...parsed.filters, donor: keep('donor'), recipient: keep('recipient') }, problems };
  });
}

export async function listFilterParties(): Promise<{
  donors: { slug: string; name: string }[];
  recipients: { slug: string; name: string }[];
}> {
  return read(async () => {
    const pick = async (role: 'donor' | 'recipient') =>
      (await listPartiesInRole(role)).map((p) => ({ slug: p.slug, name: p.name }));
    return { donors: await pick('donor'), recipients: await pick('recipient') };
  });
}
