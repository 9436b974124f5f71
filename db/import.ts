// `importPledgesCsv`: a whole CSV file of pledges in one write transaction — all rows or none. The
// CLI (`npm run import`) and, later, the editor's upload page call it; both get the same report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { writeTransaction } from './client';
import { loadFxTable, seedFxRates } from './fx';
import { rowApplier } from './import-rows';
import { dropIndexesForBulkLoad, recreateIndexes, withImportCache } from './import-indexes';
import { readCsvRecords, FileProblem } from './import-read';
import type { Actor } from './revisions';
import { PLEDGE_COLUMNS, REQUIRED_IMPORT_COLUMNS, type PledgeColumn } from '../lib/csv/columns';
import { importedRow } from '../lib/csv/pledge-record';
import { addProblem, newReport, DEFAULT_ERROR_LIMIT, type ImportReport } from '../lib/csv/import-report';
import { todayIso } from '../lib/dates';

export type ImportOptions = {
  dryRun?: boolean;
  actor?: Actor;
  /** How many problems the report lists; the rest are counted. */
  limitErrors?: number;
  /** The name problems are reported under (defaults to the file's base name). */
  name?: string;
  onProgress?: (bytes: number, totalBytes: number) => void;
};

export const IMPORT_ACTOR: Actor = { id: null, label: 'CSV import' };

/** Ends the transaction without writing (a dry run, or a file with problems). */
class Rollback extends Error {}

/** The header row → the column each position holds (null: an extra column, ignored). */
function readHeader(record: string[], report: ImportReport): (PledgeColumn | null)[] {
  const names = record.map((cell) => cell.trim().toLowerCase());
  const known = new Set<string>(PLEDGE_COLUMNS);
  const columns = names.map((name) => (known.has(name) ? name as PledgeColumn : null));
  const extra = names.filter((name) => !known.has(name));
  if (extra.length > 0) report.warnings.push(`columns ignored (not pledge columns): ${extra.map((n) => n || '(blank)').join(', ')}`);
  const repeated = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => !columns.includes(c));
  if (repeated.length > 0) throw new FileProblem(1, `the header names ${[...new Set(repeated)].join(', ')} more than once`);
  if (missing.length > 0) {
    throw new FileProblem(1, `the header lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected a header row with ${PLEDGE_COLUMNS.join(', ')} (any order; only ${REQUIRED_IMPORT_COLUMNS.join(', ')} are required)`);
  }
  return columns;
}

/** Imports a CSV file from disk. Synchronous: the transaction holds the write lock throughout. */
export function importPledgesFile(file: string, options: ImportOptions = {}): ImportReport {
  const report = newReport(options.name ?? path.basename(file), options.dryRun ?? false);
  const limit = options.limitErrors ?? DEFAULT_ERROR_LIMIT;
  try {
    withImportCache(() => writeTransaction((tx) => {
      seedFxRates(tx);
      const dropped = dropIndexesForBulkLoad();
      const fx = loadFxTable();
      const monthlyRate = (currency: string, month: string) => fx.rateFor(currency, month)?.rate ?? null;
      const today = todayIso();
      const rows = rowApplier(tx, options.actor ?? IMPORT_ACTOR, report, limit);
      let header: (PledgeColumn | null)[] | null = null;
      try {
        readCsvRecords(file, (record, line) => {
          if (!header) {
            header = readHeader(record, report);
            return;
          }
          if (record.length !== header.length) {
            addProblem(report, { line, column: null, message: `the row has ${record.length} cells but the header has ${header.length}` }, limit);
            report.rows++;
            return;
          }
          const cells: Partial<Record<PledgeColumn, string>> = {};
          header.forEach((column, i) => { if (column) cells[column] = record[i]; });
          rows.apply(importedRow(cells, monthlyRate, today), line);
        }, options.onProgress);
        if (!header) throw new FileProblem(0, 'the file holds no header row; expected one naming the columns, then one row per pledge');
        rows.finish();
      } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        addProblem(report, { line: error.line, column: null, message: error.message }, limit);
      }
      if (report.errorCount > 0 || report.dryRun) throw new Rollback();
      recreateIndexes(dropped);
    }));
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  report.ok = report.errorCount === 0;
  return report;
}

/**
 * Imports a CSV stream (an upload). It is first spooled to a temporary file so the transaction
 * runs without awaiting the network and memory stays flat however large the file is.
 */
export async function importPledgesCsv(
  input: Readable | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  options: ImportOptions & { name: string },
): Promise<ImportReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledge-import-'));
  const file = path.join(dir, 'upload.csv');
  try {
    const source = input instanceof ReadableStream ? Readable.fromWeb(input as import('node:stream/web').ReadableStream) : Readable.from(input);
    await pipeline(source, fs.createWriteStream(file));
    return importPledgesFile(file, options);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
