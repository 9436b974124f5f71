// One CSV record → the pledge schema's input, in the column order of lib/csv/columns.ts (the import
// side; the export side is lib/csv/pledge-export-record.ts, re-exported here). Pure: cells in, input out.
import type { PledgeInput } from '../pledge-schema';
import { splitList, type PledgeColumn } from './columns';
import { restoreCell } from './neutralise';
import { DATE_COLUMNS, FIELD_ENTRIES, SOURCE_COLUMNS } from './field-columns';

export { pledgeRecord, type ExportSource, type PledgeExportRow } from './pledge-export-record';
export { columnForField } from './field-columns';

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
