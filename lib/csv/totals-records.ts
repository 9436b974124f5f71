// The summary and series exports: db/totals/totals.ts's numbers (the dashboard's) as CSV records, in the
// reporting currency's major units, each beside the reported total (headline claim) it is
// compared with — the claim itself, never a sum of claims.
import { minorToDecimal } from '../money';
import type { Totals } from '../counting';
import { neutraliseCell } from './neutralise';
import { DELIVERY_COLUMNS, deliveryCells, type DeliveryFacts } from './delivery-cells';

const TOTAL_COLUMNS = [
  'committed',
  'allocated',
  'disbursed',
  'announced',
  'item_count',
  'unquantified_count',
  'reported_total_count',
  'reported_total',
  'reported_is_lower_bound',
] as const;

/** A reported total as the exports place it (value in the reporting currency's minor units; null: no rate). */
export type ReportedClaim = {
  donor: string;
  category: string;
  announcedOn: string | null;
  value: number | null;
  isLowerBound: boolean;
};

/** The most recent claim among `claims` (undated ones count as oldest; on one day, the larger). */
function latest(claims: readonly ReportedClaim[]): ReportedClaim | null {
  let best: ReportedClaim | null = null;
  for (const c of claims) {
    const order = (c.announcedOn ?? '').localeCompare(best?.announcedOn ?? '');
    if (!best || order > 0 || (order === 0 && (c.value ?? -1) > (best.value ?? -1))) best = c;
  }
  return best;
}

function totalCells(totals: Totals, currency: string, claim: ReportedClaim | null): string[] {
  return [
    minorToDecimal(totals.committed, currency),
    minorToDecimal(totals.allocated, currency),
    minorToDecimal(totals.disbursed, currency),
    minorToDecimal(totals.announced, currency),
    String(totals.itemCount),
    String(totals.unquantifiedCount),
    String(totals.reportedTotalCount),
    claim?.value == null ? '' : minorToDecimal(claim.value, currency),
    claim ? String(claim.isLowerBound) : '',
  ];
}

export const SUMMARY_COLUMNS = [
  'donor',
  'donor_name',
  'category',
  'currency',
  ...TOTAL_COLUMNS,
  ...DELIVERY_COLUMNS,
] as const;

export type SummaryRow = {
  donor: string;
  donorName: string;
  category: string;
  totals: Totals;
} & DeliveryFacts;

/** One record per donor and category, a column per stage total, that donor's latest claim in the category, then its delivery columns. */
export function summaryRecords(
  rows: readonly SummaryRow[],
  currency: string,
  claims: readonly ReportedClaim[] = [],
): string[][] {
  return rows.map((r) => [
    r.donor,
    neutraliseCell(r.donorName),
    r.category,
    currency,
    ...totalCells(
      r.totals,
      currency,
      latest(claims.filter((c) => c.donor === r.donor && c.category === r.category)),
    ),
    ...deliveryCells(r.totals, r, currency),
  ]);
}

export const SERIES_COLUMNS = ['month', 'currency', ...TOTAL_COLUMNS] as const;

export type SeriesPointRow = { period: string; cumulative: Totals };

/** One record per month with pledges: the running totals up to and including that month, and the latest claim by then. */
export function seriesRecords(
  points: readonly SeriesPointRow[],
  currency: string,
  claims: readonly ReportedClaim[] = [],
): string[][] {
  const dated = claims.filter((c) => c.announcedOn);
  return points.map((p) => [
    p.period,
    currency,
    ...totalCells(
      p.cumulative,
      currency,
      latest(dated.filter((c) => c.announcedOn!.slice(0, 7) <= p.period)),
    ),
  ]);
}
