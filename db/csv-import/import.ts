// `importPledgesFile`: a whole CSV file of pledges in one write transaction — all rows or none. The
// CLI (`npm run import`) calls it directly; the editor's upload page stages the file on disk and runs
// it on a thread of its own (db/csv-import/job.ts). Both get the same report. The rows are written in
// batches (db/csv-import/writes.ts); on SQLite into an empty table with its plain indexes dropped
// and rebuilt (db/csv-import/indexes.sqlite.ts), on PostgreSQL with the indexes untouched
// (dropping one there would block every reader of the live database).
import path from 'node:path';
import { writeTransaction, type Tx } from '../connection';
import { onPostgres } from '../engine';
import { fxRates, pledges } from '../tables';
import { seedFxRates } from '../fx';
import { rowApplier } from './rows';
import { importReason, type ImportWriter } from './incoming-row';
import { pledgeWriter } from './writes';
import { sqliteBatchStore } from './writes.sqlite';
import { postgresBatchStore } from './writes.postgres';
import {
  dropIndexesForBulkLoad,
  pledgesTableEmpty,
  recreateIndexes,
  withImportCache,
  withRollbackJournal,
  type DroppedIndex,
} from './indexes.sqlite';
import { FileProblem } from './read';
import { readPledgeRows, type RowSink } from './stream';
import { startRowReader } from './reader-thread';
import type { Actor } from '../pledges/revisions';
import { FxTable } from '../../lib/fx';
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
   * tsx, sets it): on SQLite the rows are read and checked in a worker thread while this one writes
   * them, and the load runs under a rollback journal (see withRollbackJournal for what that means).
   */
  bulkLoad?: boolean;
};

export const IMPORT_ACTOR: Actor = { id: null, label: 'CSV import' };

/** Ends the transaction without writing (a dry run, or a file with problems). */
class Rollback extends Error {}

type Start = { emptyAtStart: boolean; dropped: DroppedIndex[]; writer: ImportWriter };

/** The engine's writer, and whether pledges held no rows when the transaction began. */
async function startWriting(
  tx: Tx,
  actor: Actor,
  reason: string,
  fx: FxTable,
  withReader: boolean,
): Promise<Start> {
  if (!onPostgres())
    return {
      ...dropIndexesForBulkLoad(withReader),
      writer: pledgeWriter(tx, actor, reason, fx, sqliteBatchStore()),
    };
  const first = await tx.select({ id: pledges.id }).from(pledges).limit(1);
  return {
    emptyAtStart: first.length === 0,
    dropped: [],
    writer: pledgeWriter(tx, actor, reason, fx, postgresBatchStore(tx)),
  };
}

/** Imports a CSV file from disk. The transaction holds the write lock throughout. */
export async function importPledgesFile(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const report = newReport(options.name ?? path.basename(file), options.dryRun ?? false);
  const limit = options.limitErrors ?? DEFAULT_ERROR_LIMIT;
  const actor = options.actor ?? IMPORT_ACTOR;
  const postgres = onPostgres();
  // Looked at before the transaction (which looks again), so the worker loads while this thread
  // seeds the rates and drops the indexes.
  const bulk = !postgres && options.bulkLoad === true && pledgesTableEmpty();
  const reader = bulk ? startRowReader(file, actor) : null;
  const load = () =>
    writeTransaction(async (tx) => {
      await seedFxRates(tx);
      const rates = await tx
        .select({ currency: fxRates.currency, month: fxRates.month, unitsPerUsd: fxRates.unitsPerUsd })
        .from(fxRates);
      const fx = new FxTable(rates);
      const { emptyAtStart, dropped, writer } = await startWriting(
        tx,
        actor,
        importReason(report),
        fx,
        reader !== null,
      );
      const rows = rowApplier(tx, actor, report, limit, writer, emptyAtStart);
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
        if (reader && emptyAtStart) await reader.read(sink, rates);
        else await readPledgeRows(file, fx, sink);
        await rows.finish();
      } catch (error) {
        if (!(error instanceof FileProblem)) throw error;
        addProblem(report, { line: error.line, column: null, message: error.message }, limit);
      }
      if (report.errorCount > 0 || report.dryRun) throw new Rollback();
      if (dropped.length > 0) recreateIndexes(dropped);
    });
  try {
    if (postgres) await load();
    else if (bulk) await withRollbackJournal(() => withImportCache(load));
    else await withImportCache(load);
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  } finally {
    reader?.stop();
  }
  report.ok = report.errorCount === 0;
  return report;
}
