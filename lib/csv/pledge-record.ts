// One pledge ↔ one CSV record in the column order of lib/csv/columns.ts. Pure: the database rows
// come in, the cells go out (export); the cells come in, the pledge schema's input goes out (import).
import { minorToDecimal } from '../money';
import type { PledgeInput, SourceInputFields } from '../pledge-schema';
import { PLEDGE_COLUMNS, joinList, splitList, type PledgeColumn } from './columns';
import { neutraliseCell, restoreCell } from './neutralise';
import { stageDatesToInput, type DateField, type StageDates } from '../stage-dates';

export type PledgeExportRow = {
  id: number;
  externalId: string | null;
  donorName: string;
  donorKind: string;
  recipientName: string;
  title: string;
  description: string | null;
  category: string;
  instrument: string;
  stage: string;
  kind: string;
  isLowerBound: boolean | number;
  parentId: number | null;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  fxRate: number | null;
  fxDate: string | null;
  announcedOn: string | null;
  datePrecision: string;
  updatedAt: string;
} & StageDates;
export type ExportSource = {
  url: string | null;
  publisher: string | null;
  title: string | null;
  publishedOn: string | null;
  quote: string;
};

const text = (value: string | null | undefined) => neutraliseCell(value ?? '');

/** The record of one pledge; numbers are plain decimals in major units, never neutralised. */
export function pledgeRecord(row: PledgeExportRow, sources: readonly ExportSource[]): string[] {
  const cells: Record<PledgeColumn, string> = {
    id: String(row.id),
    external_id: text(row.externalId),
    donor: text(row.donorName),
    donor_kind: row.donorKind,
    recipient: text(row.recipientName),
    title: text(row.title),
    description: text(row.description),
    category: row.category,
    instrument: row.instrument,
    stage: row.stage,
    kind: row.kind,
    is_lower_bound: row.isLowerBound ? 'true' : 'false',
    parent_id: row.parentId == null ? '' : String(row.parentId),
    amount: row.amount == null || !row.currency ? '' : minorToDecimal(row.amount, row.currency),
    currency: row.currency ?? '',
    amount_usd: row.amountUsd == null ? '' : minorToDecimal(row.amountUsd, 'USD'),
    fx_rate: row.fxRate == null ? '' : String(row.fxRate),
    fx_date: row.fxDate ?? '',
    announced_on: row.announcedOn ?? '',
    date_precision: row.datePrecision,
    source_urls: text(joinList(sources.map((s) => s.url))),
    source_publishers: text(joinList(sources.map((s) => s.publisher))),
    source_quotes: text(joinList(sources.map((s) => s.quote))),
    updated_at: row.updatedAt,
    source_titles: text(joinList(sources.map((s) => s.title))),
    source_published_on: joinList(sources.map((s) => s.publishedOn)),
    ...dateCells(row),
  };
  return PLEDGE_COLUMNS.map((column) => cells[column]);
}

/** The stage dates at their precision ("2024-01", "2024"), the period as written. */
function dateCells(row: StageDates): Record<(typeof DATE_COLUMNS)[number][1], string> {
  const input = stageDatesToInput(row);
  return Object.fromEntries(DATE_COLUMNS.map(([field, column]) => [column, text(input[field])])) as never;
}

export type CellProblem = { column: PledgeColumn | null; message: string };
export type ParentRef = { id: number } | { externalId: string };
export type ImportedRow = {
  /** The pledge the row names by id (it may not exist: then the row creates one). */
  id: number | null;
  parentRef: ParentRef | null;
  input: Omit<PledgeInput, 'parentId'>;
  problems: CellProblem[];
};
/** The monthly table's rate for a currency in a month (YYYY-MM), to tell an editor's rate from it. */
export type MonthlyRate = (currency: string, month: string) => number | null;

const WHOLE = /^\s*\d{1,15}\s*$/;

/** Reads a record's cells (by column name) into the pledge schema's input. */
export function importedRow(
  cells: Partial<Record<PledgeColumn, string>>,
  monthlyRate: MonthlyRate,
  today: string,
): ImportedRow {
  // Only a cell that starts with an apostrophe can have been neutralised (the test is cheaper).
  const get = (column: PledgeColumn) => {
    const cell = cells[column] ?? '';
    return (cell.charCodeAt(0) === 39 ? restoreCell(cell) : cell).trim();
  };
  const problems: CellProblem[] = [];
  const idCell = get('id');
  const id = idCell === '' ? null : WHOLE.test(idCell) && Number(idCell) > 0 ? Number(idCell) : null;
  if (idCell !== '' && id == null)
    problems.push({
      column: 'id',
      message: `id must be a pledge number such as 17 or empty (got "${idCell.slice(0, 40)}")`,
    });
  const parentRef = readParent(get('parent_id'), problems);
  const sources = readSources(get, problems);
  const currency = get('currency').toUpperCase();
  const announcedOn = get('announced_on');
  const input: ImportedRow['input'] = {
    externalId: get('external_id') || null,
    donor: get('donor'),
    donorKind: get('donor_kind') || null,
    recipient: get('recipient'),
    title: get('title'),
    description: get('description') || null,
    category: get('category'),
    instrument: get('instrument') || null,
    stage: get('stage'),
    kind: get('kind') || null,
    isLowerBound: get('is_lower_bound') || null,
    amount: get('amount') || null,
    currency: currency || null,
    fxRate: editorRate(
      get('fx_rate'),
      currency,
      `${conversionDate(announcedOn, sources, today)}-01`.slice(0, 7),
      monthlyRate,
    ),
    announcedOn: announcedOn || null,
    datePrecision: get('date_precision') || null,
    sources,
    ...Object.fromEntries(DATE_COLUMNS.map(([field, column]) => [field, get(column) || null])),
  };
  // A column the file leaves out is not a blank: an update keeps what is stored, a create its default.
  for (const [field, column] of FIELD_ENTRIES) {
    if (field !== 'sources' && field !== 'parentId' && cells[column] === undefined) delete input[field];
  }
  if (SOURCE_COLUMNS.every(([column]) => cells[column] === undefined)) delete input.sources;
  return { id, parentRef, problems, input };
}

function readParent(cell: string, problems: CellProblem[]): ParentRef | null {
  if (cell === '') return null;
  if (WHOLE.test(cell) && Number(cell) > 0) return { id: Number(cell) };
  if (/^ext:.+/.test(cell)) return { externalId: cell.slice(4).trim() };
  problems.push({
    column: 'parent_id',
    message: `parent_id must be a pledge id such as 17 or ext:<external_id> (got "${cell.slice(0, 40)}")`,
  });
  return null;
}

/** The day a pledge converts at, as db/pledges/writes.ts conversionFor picks it: undated, its earliest source's. */
function conversionDate(announcedOn: string, sources: PledgeInput['sources'], today: string): string {
  if (announcedOn) return announcedOn;
  const dates = (sources ?? [])
    .map((s) => s.publishedOn)
    .filter((d): d is string => !!d)
    .sort();
  return dates[0] ?? today;
}

/** The rate a row states counts as an editor's rate only when it differs from the monthly table. */
function editorRate(cell: string, currency: string, month: string, monthlyRate: MonthlyRate): string | null {
  if (cell === '' || currency === '' || currency === 'USD') return cell || null;
  const rate = Number(cell.replace(/,/g, ''));
  return rate === monthlyRate(currency, month) ? null : cell;
}

const SOURCE_COLUMNS = [
  ['source_urls', 'url'],
  ['source_publishers', 'publisher'],
  ['source_titles', 'title'],
  ['source_published_on', 'publishedOn'],
  ['source_quotes', 'quote'],
] as const;

function readSources(get: (column: PledgeColumn) => string, problems: CellProblem[]): PledgeInput['sources'] {
  // A cell with no "|" or "\\" is one item (or none): splitList would give just that, char by char.
  const lists = SOURCE_COLUMNS.map(([column]) => {
    const cell = get(column);
    return cell.includes('|') || cell.includes('\\') ? splitList(cell) : cell === '' ? [] : [cell];
  });
  const count = Math.max(...lists.map((l) => l.length));
  SOURCE_COLUMNS.forEach(([column], i) => {
    if (lists[i].length > 0 && lists[i].length !== count) {
      problems.push({
        column,
        message: `${column} lists ${lists[i].length} items but another source column lists ${count}; give one item per source, separated by " | "`,
      });
    }
  });
  return Array.from({ length: count }, (_, n) => ({
    url: lists[0][n] || null,
    publisher: lists[1][n] || null,
    title: lists[2][n] || null,
    publishedOn: lists[3][n] || null,
    quote: lists[4][n] || null,
  }));
}

/** The stage dates' and the period's columns, one per input field (lib/stage-dates.ts). */
const DATE_COLUMNS = [
  ['committedOn', 'committed_on'],
  ['allocatedOn', 'allocated_on'],
  ['disbursedOn', 'disbursed_on'],
  ['cancelledOn', 'cancelled_on'],
  ['periodStart', 'period_start'],
  ['periodEnd', 'period_end'],
] as const satisfies readonly (readonly [DateField, PledgeColumn])[];

/** The column each input field is read from; the compiler refuses a field of the schema left out. */
const FIELD_COLUMNS: Record<keyof PledgeInput, PledgeColumn> = {
  externalId: 'external_id',
  donor: 'donor',
  donorKind: 'donor_kind',
  recipient: 'recipient',
  recipientKind: 'recipient',
  title: 'title',
  description: 'description',
  category: 'category',
  instrument: 'instrument',
  stage: 'stage',
  kind: 'kind',
  isLowerBound: 'is_lower_bound',
  parentId: 'parent_id',
  amount: 'amount',
  currency: 'currency',
  fxRate: 'fx_rate',
  announcedOn: 'announced_on',
  datePrecision: 'date_precision',
  sources: 'source_urls',
  ...(Object.fromEntries(DATE_COLUMNS) as Record<DateField, PledgeColumn>),
};
const FIELD_ENTRIES = Object.entries(FIELD_COLUMNS) as [keyof PledgeInput, PledgeColumn][];
/** A source's accessed-on date is not a CSV column: the file is a record of what sources say. */
const SOURCE_FIELD_COLUMNS: Record<Exclude<keyof SourceInputFields, 'accessedOn'>, PledgeColumn> = {
  url: 'source_urls',
  publisher: 'source_publishers',
  title: 'source_titles',
  publishedOn: 'source_published_on',
  quote: 'source_quotes',
};

/** The CSV column a schema error path ("sources.1.url", "amount") points at. */
export function columnForField(path: string): PledgeColumn | null {
  const [field, , sub] = path.split('.');
  if (field === 'sources' && sub)
    return SOURCE_FIELD_COLUMNS[sub as keyof typeof SOURCE_FIELD_COLUMNS] ?? 'source_urls';
  return FIELD_COLUMNS[field as keyof PledgeInput] ?? null;
}
