// An upload's import on a worker thread of its own. Reading, checking and writing a 50 MB file takes
// seconds; on the server's main thread every page, download and API call would wait for it. The
// thread opens its own connection and runs the same all-or-nothing import; readers carry on
// meanwhile (WAL), and a write from another request is turned away quickly (see JOB_BUSY_MS).
import 'server-only';
import { Worker } from 'node:worker_threads';
import { BUSY_TIMEOUT_MS, setBusyTimeout } from '../sqlite/client';
import { onPostgres } from '../engine';
import type { ImportOptions } from './import';
import type { ImportReport } from '../../lib/csv/import-report';
import { databaseBusyError } from '../../lib/validation';

export type ImportJob = { file: string; options: Omit<ImportOptions, 'onProgress' | 'bulkLoad'> };
export type ImportJobReply = { report: ImportReport } | { failed: string } | { busy: true };

// While a job holds the write lock, a write from another request waits for it on busy_timeout, and
// the driver being synchronous, every other request waits too. So while jobs run, this process's
// connection waits at most JOB_BUSY_MS; such a write is then refused with "try again" (a 503 from
// the API, a message in the forms) and the site goes on answering. On PostgreSQL a write waits for
// the rows it touches only, on its own pooled connection, so nothing is shortened there.
const JOB_BUSY_MS = 1000;
const jobs = globalThis as typeof globalThis & { pledgeImportJobs?: number };

function countJob(change: 1 | -1): void {
  jobs.pledgeImportJobs = (jobs.pledgeImportJobs ?? 0) + change;
  if (!onPostgres()) setBusyTimeout(jobs.pledgeImportJobs > 0 ? JOB_BUSY_MS : BUSY_TIMEOUT_MS);
}

export const IMPORT_RUNNING = 'An import is running; try again in a moment.';

/**
 * Thrown when an import thread is already running: one at a time, so a few editors pressing
 * "Check" together cannot start a thread (and a 50 MB read) each. The caller says IMPORT_RUNNING.
 */
export class ImportRunningError extends Error {
  override name = 'ImportRunningError';
  constructor() {
    super(IMPORT_RUNNING);
  }
}

/** importPledgesFile on a thread started for this import (it ends when the report is back). */
export function importPledgesFileOffThread(
  file: string,
  options: ImportJob['options'],
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const job: ImportJob = { file, options };
    // Checked and counted in one synchronous step: no second job can slip in between.
    if ((jobs.pledgeImportJobs ?? 0) > 0) throw new ImportRunningError();
    countJob(1);
    let worker: Worker;
    try {
      worker = new Worker(new URL('./job-worker.ts', import.meta.url), { workerData: job });
    } catch (error) {
      countJob(-1);
      throw error;
    }
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      countJob(-1);
      outcome();
    };
    const answer = (reply: ImportJobReply) => {
      if ('report' in reply) resolve(reply.report);
      else reject('busy' in reply ? databaseBusyError() : new Error(reply.failed));
    };
    worker.once('message', (reply: ImportJobReply) => settle(() => answer(reply)));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the import thread stopped (exit code ${code}) before its report`))),
    );
  });
}
