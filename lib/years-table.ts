// The annual table from the pledges' groups (db/totals/years.ts): each group placed in the year of
// its announcement, each multi-year pledge spread over its period (lib/years.ts), then counted by
// the stage rules of lib/counting.ts, so a year's figures are the headline's rules applied to it.
import { addBucket, ZERO_TOTALS, type Bucket, type Totals } from './counting';
import {
  effectiveStart,
  monthIndex,
  periodMonths,
  spreadOverYears,
  yearLabel,
  yearOfMonth,
  yearRangeLabel,
  yearSpan,
  type YearBasis,
} from './years';

/** Pledges sharing an announcement date as written ("2024-05", "2024", or null: unknown) and a donor's start month. */
export type PlacedGroup = { written: string | null; donorStart: number | null; bucket: Bucket };
/** One pledge with both period bounds (its bucket counts one pledge). */
export type PeriodPledge = PlacedGroup & {
  id: number;
  title: string;
  donorName: string;
  periodStart: string;
  periodEnd: string;
};

export type AnnualRow = {
  year: number;
  /** "2024", "FY2024"; the bare year when the pledges in view count years from different months. */
  label: string;
  /** "Apr 2024 – Mar 2025"; null when the pledges in view count years from different months. */
  span: string | null;
  totals: Totals;
  /** Pledges whose amount is spread over this year and others (an estimate). */
  spreadCount: number;
};
export type SpreadNote = { id: number; title: string; donorName: string; label: string; years: number[] };
export type FiscalDonor = { slug: string; name: string; startMonth: number };

export type AnnualView = {
  currency: string;
  basis: YearBasis;
  /** The month every year in view starts in, or null when donors in view count years differently. */
  startMonth: number | null;
  rows: AnnualRow[];
  /** Pledges with no date known: counted here, in no year. */
  withoutYear: Totals;
  /** Pledges dated only by calendar year whose donor counts fiscal years (basis `fiscal`): the fiscal year is unknown. */
  calendarYearOnly: Totals;
  spread: SpreadNote[];
  /** Donors in view whose fiscal year does not start in January. */
  fiscalDonors: FiscalDonor[];
};

type Year = { totals: Totals; spreadCount: number };

export function annualView(
  groups: readonly PlacedGroup[],
  periodPledges: readonly PeriodPledge[],
  options: { currency: string; basis: YearBasis; fiscalDonors: FiscalDonor[] },
): AnnualView {
  const years = new Map<number, Year>();
  const starts = new Set<number>();
  const withoutYear = { ...ZERO_TOTALS };
  const calendarYearOnly = { ...ZERO_TOTALS };
  const yearOf = (y: number): Year => {
    let found = years.get(y);
    if (!found) years.set(y, (found = { totals: { ...ZERO_TOTALS }, spreadCount: 0 }));
    return found;
  };
  const place = (g: PlacedGroup) => {
    // Never summed anywhere: a reported total or a retracted pledge gives a year no row.
    if (g.bucket.retracted || g.bucket.kind === 'reported_total') return;
    const start = effectiveStart(g.donorStart, options.basis);
    if (g.written == null) return void addBucket(withoutYear, g.bucket);
    if (g.written.length === 4 && start !== 1) return void addBucket(calendarYearOnly, g.bucket);
    const year =
      g.written.length === 4
        ? Number(g.written)
        : yearOfMonth(monthIndex(Number(g.written.slice(0, 4)), Number(g.written.slice(5, 7))), start);
    starts.add(start);
    addBucket(yearOf(year).totals, g.bucket);
  };
  for (const g of groups) place(g);
  const spread: SpreadNote[] = [];
  for (const p of periodPledges) {
    if (p.bucket.retracted || p.bucket.kind === 'reported_total') continue;
    const period = periodMonths(p.periodStart, p.periodEnd, p.donorStart);
    const start = effectiveStart(p.donorStart, options.basis);
    const shares = period ? spreadOverYears(p.bucket.value, period, start) : [];
    if (shares.length < 2) {
      // No readable period: by announcement date; a period inside one year: in that year, no estimate.
      if (shares.length === 0) place(p);
      else addBucket(yearOf(shares[0].year).totals, p.bucket);
      if (shares.length === 1) starts.add(start);
      continue;
    }
    starts.add(start);
    for (const share of shares) {
      const year = yearOf(share.year);
      addBucket(year.totals, { ...p.bucket, value: share.value });
      year.spreadCount += 1;
    }
    const first = shares[0].year;
    const last = shares[shares.length - 1].year;
    spread.push({
      id: p.id,
      title: p.title,
      donorName: p.donorName,
      label: `spread over ${yearRangeLabel(first, last, start)}, an estimate`,
      years: shares.map((s) => s.year),
    });
  }
  const startMonth = starts.size === 0 ? 1 : starts.size === 1 ? [...starts][0] : null;
  const rows: AnnualRow[] = [];
  const known = [...years.keys()];
  if (known.length) {
    // Every year between the first and the last, so a year with nothing shows as nothing, not as missing.
    for (let y = Math.min(...known); y <= Math.max(...known); y++) {
      const year = years.get(y) ?? { totals: { ...ZERO_TOTALS }, spreadCount: 0 };
      rows.push({
        year: y,
        label: startMonth == null ? String(y) : yearLabel(y, startMonth),
        span: startMonth == null ? null : yearSpan(y, startMonth),
        ...year,
      });
    }
  }
  spread.sort((a, b) => a.years[0] - b.years[0] || a.id - b.id);
  return {
    currency: options.currency,
    basis: options.basis,
    startMonth,
    rows,
    withoutYear,
    calendarYearOnly,
    spread,
    fiscalDonors: options.fiscalDonors,
  };
}
