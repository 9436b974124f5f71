// The summary and series exports: db/totals.ts's numbers (the dashboard's) as CSV records, in the
// reporting currency's major units.
import { minorToDecimal } from '../money';
import type { Totals } from '../counting';
import { neutraliseCell } from './neutralise';

const TOTAL_COLUMNS = ['committed', 'allocated', 'disbursed', 'announced', 'item_count', 'unquantified_count', 'reported_total_count'] as const;

function totalCells(totals: Totals, currency: string): string[] {
  return [
    minorToDecimal(totals.committed, currency), minorToDecimal(totals.allocated, currency),
    minorToDecimal(totals.disbursed, currency), minorToDecimal(totals.announced, currency),
    String(totals.itemCount), String(totals.unquantifiedCount), String(totals.reportedTotalCount),
  ];
}

export const SUMMARY_COLUMNS = ['donor', 'donor_name', 'category', 'currency', ...TOTAL_COLUMNS] as const;

export type SummaryRow = { donor: string; donorName: string; category: string; totals: Totals };

/** One record per donor and category, a column per stage total. */
export function summaryRecords(rows: readonly SummaryRow[], currency: string): string[][] {
  return rows.map((r) => [r.donor, neutraliseCell(r.donorName), r.category, currency, ...totalCells(r.totals, currency)]);
}

export const SERIES_COLUMNS = ['month', 'currency', ...TOTAL_COLUMNS] as const;

export type SeriesPointRow = { period: string; cumulative: Totals };

/** One record per month with pledges: the running totals up to and including that month. */
export function seriesRecords(points: readonly SeriesPointRow[], currency: string): string[][] {
  return points.map((p) => [p.period, currency, ...totalCells(p.cumulative, currency)]);
}
