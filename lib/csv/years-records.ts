// The years export: lib/years-table.ts's annual view as CSV records, one per year in the reporting
// currency's major units, then the pledges counted in no year, so the file holds every figure the
// /years page shows.
import { minorToDecimal } from '../money';
import type { Totals } from '../counting';
import type { AnnualView } from '../years-table';

export const YEARS_COLUMNS = [
  'year',
  'label',
  'span',
  'basis',
  'currency',
  'committed',
  'allocated',
  'disbursed',
  'announced',
  'cancelled',
  'item_count',
  'unquantified_count',
  'spread_count',
] as const;

export const WITHOUT_YEAR_LABEL = 'without a year';
export const CALENDAR_YEAR_ONLY_LABEL = 'only a calendar year (fiscal year unknown)';

function cells(totals: Totals, currency: string): string[] {
  return [
    minorToDecimal(totals.committed, currency),
    minorToDecimal(totals.allocated, currency),
    minorToDecimal(totals.disbursed, currency),
    minorToDecimal(totals.announced, currency),
    minorToDecimal(totals.cancelled, currency),
    String(totals.itemCount),
    String(totals.unquantifiedCount),
  ];
}

/** One record per year (spread pledges counted in each of their years), then the two rows of pledges in no year. */
export function yearsRecords(view: AnnualView): string[][] {
  const c = view.currency;
  return [
    ...view.rows.map((r) => [
      String(r.year),
      r.label,
      r.span ?? '',
      view.basis,
      c,
      ...cells(r.totals, c),
      String(r.spreadCount),
    ]),
    ['', WITHOUT_YEAR_LABEL, '', view.basis, c, ...cells(view.withoutYear, c), '0'],
    ['', CALENDAR_YEAR_ONLY_LABEL, '', view.basis, c, ...cells(view.calendarYearOnly, c), '0'],
  ];
}
