// An upload's import on a worker thread of its own. Reading, checking and writing a 50 MB file takes
// seconds; on the server's main thread every page, download and API call would wait for it. The
// thread opens its own connection and runs the same all-or-nothing import: readers carry on
// meanwhile (WAL), and a write from another request waits for the import's commit on busy_timeout,
// as it does while `npm run import` runs.
import 'server-only';
import { Worker } from 'node:worker_threads';
import type { ImportOptions } from './import';
import type { ImportReport } from '../lib/csv/import-report';

export type ImportJob = { file: string; options: Omit<ImportOptions, 'onProgress' | 'bulkLoad'> };
export type ImportJobReply = { report: ImportReport } | { failed: string };

/** importPledgesFile on a thread started for this import (it ends when the report is back). */
export function importPledgesFileOffThread(file: string, options: ImportJob['options']): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const job: ImportJob = { file, options };
    const worker = new Worker(new URL('./import-job-worker.ts', import.meta.url), { workerData: job });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    worker.once('message', (reply: ImportJobReply) => settle(() => ('report' in reply ? resolve(reply.report) : reject(new Error(reply.failed)))));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the import thread stopped (exit code ${code}) before its report`))));
  });
}
