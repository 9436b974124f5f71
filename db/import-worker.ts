// The worker thread of readPledgeRowsInWorker (db/import-thread.ts): reads the file with
// readPledgeRows, preparing every clean row's create, and posts the rows in batches.
import { workerData } from 'node:worker_threads';
import { FileProblem } from './import-read';
import { readPledgeRows } from './import-stream';
import { AHEAD, POSTED, TAKEN, type WorkerData, type WorkerEvent } from './import-thread';
import { FxTable } from '../lib/fx';

const { file, actor, fxRows, port, signal: shared } = workerData as WorkerData;
const signal = new Int32Array(shared);
const ROWS_PER_BATCH = 2000;
let batch: WorkerEvent[] = [];
let posted = 0;

function post(): void {
  port.postMessage(batch);
  batch = [];
  Atomics.store(signal, POSTED, ++posted);
  Atomics.notify(signal, POSTED);
  // Flat memory: wait while the writer is AHEAD batches behind.
  for (let taken = Atomics.load(signal, TAKEN); posted - taken > AHEAD; taken = Atomics.load(signal, TAKEN)) {
    Atomics.wait(signal, TAKEN, taken, 1000);
  }
}

try {
  readPledgeRows(file, new FxTable(fxRows), {
    warning: (message) => batch.push(['warning', message]),
    row: (row, line) => {
      if (batch.push(['row', row, line]) >= ROWS_PER_BATCH) post();
    },
    ragged: (line, message) => batch.push(['ragged', line, message]),
    progress: (bytes, total) => {
      batch.push(['progress', bytes, total]);
      post();
    },
  }, { actor });
  batch.push(['end']);
} catch (error) {
  batch.push(error instanceof FileProblem ? ['problem', error.line, error.message] : ['failed', error instanceof Error ? error.stack ?? error.message : String(error)]);
}
post();
