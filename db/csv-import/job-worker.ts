// The thread of importPledgesFileOffThread (db/csv-import/job.ts): one import, its report posted back,
// the connection closed (an import that threw has already rolled back).
import { parentPort, workerData } from 'node:worker_threads';
import { closeDatabase } from '../connection';
import { importPledgesFile } from './import';
import type { ImportJob, ImportJobReply } from './job';
import { isDatabaseBusy } from '../../lib/validation';

const { file, options } = workerData as ImportJob;
async function run(): Promise<ImportJobReply> {
  try {
    return { report: await importPledgesFile(file, options) };
  } catch (error) {
    // Another import (or the CLI) held the write lock past busy_timeout: the caller says "try again".
    if (isDatabaseBusy(error)) return { busy: true };
    return { failed: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    await closeDatabase();
  }
}

void run().then((reply) => parentPort!.postMessage(reply));
