// `importPledgesFile`: a whole CSV file of pledges in one write transaction — all rows or none. The
// CLI (`npm run import`) calls it directly; the editor's upload page stages the file on disk and runs
// it on a thread of its own (db/csv-import/job.ts). Both get the same report.
import path from 'node:path';
import { writeTransactionNow } from '../sqlite/transaction';
import { fxTable, seedFxRates } from '../fx';
import { rowApplier } from './rows.sqlite';
import { dropIndexesForBulkLoad, pledgesTableEmpty, recreateIndexes, withImportCache, withRollbackJournal } from './indexes.sqlite';
import { FileProblem } from './read';
import { readPledgeRows, type RowSink } from './stream';
import { startRowReader } from './reader-thread';
import type { Actor } from '../pledges/revisions';
import { addProblem, newReport, DEFAULT_ERROR_LIMIT, type ImportReport } from '../../lib/csv/import-report';

export type ImportOptions = {
  dryRun?: boolean;
  actor?: Actor;
  /** How many problems the report lists; the rest are counted. */
  limitErrors?: number;
  /** The name problems are reported under (defaults to the file's base name). */
  name?: string;
  onProgress?: (bytes: number, totalBytes: number) => void;
  /**
   * For an import into an empty pledges table, where every row is a create (the CLI, run through
   * tsx, sets it): the rows are read and checked in a worker thread while this one writes them,
   * and the load runs under a rollback journal (see withRollbackJournal for what that means).
   */
  bulkLoad?: boolean;
};

export const IMPORT_ACTOR: Actor = { id: null, label: 'CSV import' };

/** Ends the transaction without writing (a dry run, or a file with problems). */
class Rollback extends Error {}

/** Imports a CSV file from disk. Synchronous: the transaction holds the write lock throughout. */
export async function importPledgesFile(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const report = newReport(options.name ?? path.basename(file), options.dryRun ?? false);
  const limit = options.limitErrors ?? DEFAULT_ERROR_LIMIT;
  const actor = options.actor ?? IMPORT_ACTOR;
  // Looked at before the transaction (which looks again), so the worker loads while this thread
  // seeds the rates and drops the indexes.
  const bulk = options.bulkLoad === true && pledgesTableEmpty();
  const reader = bulk ? startRowReader(file, actor) : null;
  const load = () => withImportCache(() => writeTransactionNow((tx) => {
    seedFxRates(tx);
    const { emptyAtStart, dropped } = dropIndexesForBulkLoad(reader !== null);
    const fx = fxTable();
    const rows = rowApplier(tx, actor, report, limit, fx, emptyAtStart);
    const sink: RowSink = {
      warning: (message) => report.warnings.push(message),
      row: (row, line) => rows.apply(row, line),
      ragged: (line, message) => {
        addProblem(report, { line, column: null, message }, limit);
        report.rows++;
      },
      progress: options.onProgress,
    };
    try {
      if (reader && emptyAtStart) reader.read(sink);
      else readPledgeRows(file, fx, sink);
      rows.finish();
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      addProblem(report, { line: error.line, column: null, message: error.message }, limit);
    }
    if (report.errorCount > 0 || report.dryRun) throw new Rollback();
    recreateIndexes(dropped);
  }));
  try {
    if (bulk) withRollbackJournal(load);
    else load();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  } finally {
    reader?.stop();
  }
  report.ok = report.errorCount === 0;
  return report;
}
