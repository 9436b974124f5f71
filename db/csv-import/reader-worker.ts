// The worker thread of startRowReader (db/csv-import/reader-thread.ts): reads the file with readPledgeRows,
// preparing every clean row's create, and posts the rows in batches.
import { receiveMessageOnPort, workerData, type MessagePort as NodePort } from 'node:worker_threads';
import { FileProblem } from './read';
import { readPledgeRows } from './stream';
import { AHEAD, GO, POSTED, TAKEN, type FxRows, type WorkerData, type WorkerEvent } from './reader-thread';
import { rowEncoder } from './row-codec';
import { FxTable } from '../../lib/fx';

const { file, actor, port, signal: shared } = workerData as WorkerData;
const signal = new Int32Array(shared);
const ROWS_PER_BATCH = 100;
let batch: WorkerEvent[] = [];
let posted = 0;
const encode = rowEncoder((event) => batch.push(event));

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

/**
 * Whether this thread should also build the create revisions' JSON: only while the writer has work
 * queued. When the writer is waiting for rows, the reader leaves the JSON to it and reads on; which
 * thread is the slower one depends on the file and the database's size (docs/performance.md).
 */
const writerIsBusy = () => posted - Atomics.load(signal, TAKEN) > 2;

async function run(): Promise<void> {
  Atomics.wait(signal, GO, 0); // until the writer posts the fx rates its transaction sees, or gives up
  const fxRows = receiveMessageOnPort(port as unknown as NodePort)?.message as FxRows | undefined;
  if (!fxRows) return;
  try {
    await readPledgeRows(
      file,
      new FxTable(fxRows),
      {
        warning: (message) => batch.push(['warning', message]),
        row: (row, line) => {
          const encoded = encode(row); // may add a 'party' or 'document' event first
          if (batch.push(['row', encoded, line]) >= ROWS_PER_BATCH) post();
        },
        ragged: (line, message) => batch.push(['ragged', line, message]),
        progress: (bytes, total) => {
          batch.push(['progress', bytes, total]);
          post();
        },
      },
      { actor, revisionJson: writerIsBusy },
    );
    batch.push(['end']);
  } catch (error) {
    batch.push(
      error instanceof FileProblem
        ? ['problem', error.line, error.message]
        : ['failed', error instanceof Error ? (error.stack ?? error.message) : String(error)],
    );
  }
  post();
}

void run();
