// Reads and checks an import's rows in a worker thread while this thread writes them: parsing,
// the schema and the revision JSON cost more than the SQLite writes, and the machine has a second
// core. The transaction is synchronous, so this thread does not wait on its event loop: it sleeps
// in Atomics.wait until the worker has posted a batch and takes it with receiveMessageOnPort.
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { getSqlite } from './client';
import { FileProblem } from './import-read';
import type { IncomingRow } from './import-rows';
import type { RowSink } from './import-stream';
import type { Actor } from './revisions';

/** What the worker posts, in file order, a batch at a time (see db/import-worker.ts). */
export type WorkerEvent = ['warning', string] | ['row', IncomingRow, number] | ['ragged', number, string]
  | ['progress', number, number] | ['problem', number, string] | ['failed', string] | ['end'];
export type WorkerData = {
  file: string; actor: Actor; fxRows: { currency: string; month: string; unitsPerUsd: number }[];
  port: MessagePort; signal: SharedArrayBuffer;
};
/** signal[POSTED] counts the batches posted, signal[TAKEN] those taken; the worker stays AHEAD at most. */
export const POSTED = 0;
export const TAKEN = 1;
export const AHEAD = 4;
/** A worker that posts nothing for this long has died (an error it could not report). */
const STALL_MS = 120_000;
const YOUNG_MB = 96;

export function readPledgeRowsInWorker(file: string, sink: RowSink, actor: Actor): void {
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  // Only the fx rates this transaction sees (it may have just seeded them) are handed over.
  const fxRows = getSqlite().prepare('select currency, month, units_per_usd as unitsPerUsd from fx_rates').all();
  const entry = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'import-worker.ts');
  // The CLI runs under tsx; the worker registers tsx's require hook to load the TypeScript entry.
  const boot = `require(require.resolve('tsx/cjs', { paths: [process.cwd()] })); require(${JSON.stringify(entry)});`;
  const workerData: WorkerData = { file, actor, fxRows: fxRows as WorkerData['fxRows'], port: port2 as unknown as MessagePort, signal: signal.buffer as SharedArrayBuffer };
  // A larger young generation: the reader makes many short-lived strings and objects per row.
  const worker = new Worker(boot, { eval: true, workerData, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
  try {
    for (let taken = 0; ;) {
      const message = receiveMessageOnPort(port1);
      if (!message) {
        if (Atomics.wait(signal, POSTED, taken, STALL_MS) === 'timed-out') throw new Error(`the import's reader thread stopped answering while reading ${file}`);
        continue;
      }
      Atomics.store(signal, TAKEN, ++taken);
      Atomics.notify(signal, TAKEN);
      for (const event of message.message as WorkerEvent[]) {
        if (event[0] === 'row') sink.row(event[1], event[2]);
        else if (event[0] === 'progress') sink.progress?.(event[1], event[2]);
        else if (event[0] === 'ragged') sink.ragged(event[1], event[2]);
        else if (event[0] === 'warning') sink.warning(event[1]);
        else if (event[0] === 'problem') throw new FileProblem(event[1], event[2]);
        else if (event[0] === 'failed') throw new Error(`the import's reader thread failed: ${event[1]}`);
        else return;
      }
    }
  } finally {
    void worker.terminate();
    port1.close();
  }
}
