// The pledge CSV columns (docs/design.md, "CSV files"), shared by the export and the import, and the
// rules for the cells that hold several sources in one (" | " between items).

export const PLEDGE_COLUMNS = [
  'id',
  'external_id',
  'donor',
  'donor_kind',
  'recipient',
  'title',
  'description',
  'category',
  'instrument',
  'stage',
  'kind',
  'is_lower_bound',
  'parent_id',
  'amount',
  'currency',
  'amount_usd',
  'fx_rate',
  'fx_date',
  'announced_on',
  'date_precision',
  'source_urls',
  'source_publishers',
  'source_quotes',
  'updated_at',
  'source_titles',
  'source_published_on',
  'committed_on',
  'allocated_on',
  'disbursed_on',
  'cancelled_on',
  'period_start',
  'period_end',
] as const;
export type PledgeColumn = (typeof PLEDGE_COLUMNS)[number];

/** What an import cannot do without; every other column may be left out. */
export const REQUIRED_IMPORT_COLUMNS: readonly PledgeColumn[] = [
  'donor',
  'recipient',
  'title',
  'category',
  'stage',
];

export const LIST_SEPARATOR = ' | ';

/**
 * Joins items with " | ". A "|" or "\" inside an item is written "\|" or "\\", so a quote that
 * itself contains " | " survives the round trip.
 */
export function joinList(items: (string | null | undefined)[]): string {
  if (items.every((item) => !item)) return '';
  return items.map((item) => (item ?? '').replace(/[\\|]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

/**
 * The inverse of joinList: "" is no items; every unescaped "|" separates two items (the spaces
 * around it are optional, so a cell a spreadsheet trimmed still splits the same way).
 */
export function splitList(cell: string): string[] {
  if (cell.trim() === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) {
      current += cell[++i];
    } else if (c === '|') {
      items.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  items.push(current.trim());
  return items;
}
