// Links to and names of the CSV downloads, shared by the export page and the dashboard's button.
import { filtersToSearchParams, type PledgeFilters } from '../filters';

export const EXPORT_FILES = ['pledges', 'summary', 'series', 'donors'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** "/export/pledges.csv?donor=japan" — the same filter parameters as the page it is linked from. */
export function exportHref(
  file: ExportFile,
  filters: PledgeFilters,
  options: { bom?: boolean } = {},
): string {
  const params = filtersToSearchParams(filters);
  if (options.bom) params.set('bom', '1');
  const query = params.toString();
  return `/export/${file}.csv${query ? `?${query}` : ''}`;
}

/** "pledges-japan-military-2026-11-22.csv": what was exported, with which filters, on which day. */
export function exportFileName(
  file: ExportFile,
  filters: PledgeFilters,
  today: string,
  options: { bom?: boolean } = {},
): string {
  const parts = [
    ...filters.donor,
    ...filters.recipient,
    ...filters.category,
    ...filters.stage,
    ...filters.instrument,
    filters.from ? `from-${filters.from}` : '',
    filters.to ? `to-${filters.to}` : '',
    filters.currency !== 'USD' ? filters.currency.toLowerCase() : '',
    filters.group ?? '',
  ].filter(Boolean);
  // Long filter lists make unwieldy names; the file's rows are what count.
  const filterPart = parts.join('-').slice(0, 80).replace(/-+$/, '');
  // The Excel file (with a BOM) is a different file: a distinct name keeps both in one folder.
  return `${[file, filterPart, today, options.bom ? 'excel' : ''].filter(Boolean).join('-')}.csv`;
}
