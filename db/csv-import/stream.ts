// A CSV file of pledges as a stream of rows for the applier: the header read (extra columns
// warned about, missing ones refused), every record turned into the pledge schema's input, and —
// when `prepare` is given (the worker does this) — each clean row's create worked out ahead.
import { readCsvRecords, FileProblem } from './read';
import { prepareCreate } from './prepare';
import type { IncomingRow } from './incoming-row';
import type { Actor } from '../pledges/revisions';
import { PLEDGE_COLUMNS, REQUIRED_IMPORT_COLUMNS, type PledgeColumn } from '../../lib/csv/columns';
import { importedRow } from '../../lib/csv/pledge-record';
import type { FxTable } from '../../lib/fx';
import { todayIso } from '../../lib/dates';

/** What the reader hands on, in file order. */
export type RowSink = {
  warning(message: string): void;
  /** May return a promise (the writer awaits the database): the next row waits for it. */
  row(row: IncomingRow, line: number): void | Promise<void>;
  /** A record whose cell count is not the header's. */
  ragged(line: number, message: string): void;
  progress?(bytes: number, total: number): void;
};

/** The header row → the column each position holds (null: an extra column, ignored). */
function readHeader(record: string[], sink: RowSink): (PledgeColumn | null)[] {
  const names = record.map((cell) => cell.trim().toLowerCase());
  const known = new Set<string>(PLEDGE_COLUMNS);
  const columns = names.map((name) => (known.has(name) ? (name as PledgeColumn) : null));
  const extra = names.filter((name) => !known.has(name));
  if (extra.length > 0)
    sink.warning(`columns ignored (not pledge columns): ${extra.map((n) => n || '(blank)').join(', ')}`);
  const repeated = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !columns.includes(c));
  if (repeated.length > 0)
    throw new FileProblem(1, `the header names ${[...new Set(repeated)].join(', ')} more than once`);
  if (missing.length > 0) {
    throw new FileProblem(
      1,
      `the header lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected a header row with ${PLEDGE_COLUMNS.join(', ')} (any order; only ${REQUIRED_IMPORT_COLUMNS.join(', ')} are required)`,
    );
  }
  return columns;
}

/** Every column a key (undefined: not in the file), so each record's cells share one object shape. */
const NO_CELLS = Object.fromEntries(PLEDGE_COLUMNS.map((column) => [column, undefined])) as Record<
  PledgeColumn,
  string | undefined
>;
const noCells = (): Record<PledgeColumn, string | undefined> => ({ ...NO_CELLS });

/** Reads `file` into `sink`; rejects with FileProblem when the file itself is unreadable. */
export async function readPledgeRows(
  file: string,
  fx: FxTable,
  sink: RowSink,
  prepare?: { actor: Actor; revisionJson?: () => boolean },
): Promise<void> {
  const monthlyRate = (currency: string, month: string) => fx.rateFor(currency, month)?.rate ?? null;
  const today = todayIso();
  let header: (PledgeColumn | null)[] | null = null;
  await readCsvRecords(
    file,
    (record, line) => {
      if (!header) {
        header = readHeader(record, sink);
        return;
      }
      if (record.length !== header.length) {
        sink.ragged(line, `the row has ${record.length} cells but the header has ${header.length}`);
        return;
      }
      const cells = noCells();
      for (let i = 0; i < header.length; i++) {
        const column = header[i];
        if (column) cells[column] = record[i];
      }
      const { id, parentRef, problems, input } = importedRow(cells, monthlyRate, today);
      const externalId = input.externalId ?? null;
      if (!prepare) return sink.row({ id, parentRef, problems, externalId, input }, line);
      if (problems.length > 0) return sink.row({ id, parentRef, problems, externalId }, line);
      return sink.row(
        {
          id,
          parentRef,
          problems,
          externalId,
          prepared: prepareCreate(
            input,
            parentRef != null,
            fx,
            prepare.actor,
            prepare.revisionJson?.() ?? true,
          ),
        },
        line,
      );
    },
    sink.progress?.bind(sink),
  );
  if (!header)
    throw new FileProblem(
      0,
      'the file holds no header row; expected one naming the columns, then one row per pledge',
    );
}
