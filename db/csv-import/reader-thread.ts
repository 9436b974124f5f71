// Reads and checks an import's rows in a worker thread while this thread writes them: parsing,
// the schema and the revision JSON cost more than the SQLite writes, and the machine has a second
// core. This thread does not wait on its event loop for a batch (a message event per batch costs
// more than the rows' writes): it sleeps in Atomics.wait until the worker has posted one and takes
// it with receiveMessageOnPort; between batches it awaits the writer.
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { FileProblem } from './read';
import type { IncomingRow } from './incoming-row';
import type { PartyRef, SourceRef } from './prepare';
import { rowDecoder } from './row-codec';
import type { RowSink } from './stream';
import type { Actor } from '../pledges/revisions';

/** What the worker posts, in file order, a batch at a time (see db/csv-import/reader-worker.ts). */
export type WorkerEvent =
  | ['warning', string]
  | ['row', IncomingRow, number]
  | ['ragged', number, string]
  | ['party', PartyRef]
  | ['document', SourceRef]
  | ['progress', number, number]
  | ['problem', number, string]
  | ['failed', string]
  | ['end'];

export type WorkerData = { file: string; actor: Actor; port: MessagePort; signal: SharedArrayBuffer };
export type FxRows = { currency: string; month: string; unitsPerUsd: number }[];
/**
 * signal[POSTED] counts the batches the worker posted, signal[TAKEN] those this thread took (the
 * worker stays at most AHEAD in front); signal[GO] turns 1 once the fx rates are posted to it.
 */
export const POSTED = 0;
export const TAKEN = 1;
export const GO = 2;
// Room for the two threads' pauses (a garbage collection on either side) to pass without the other
// waiting: 64 batches of 100 rows are a few megabytes.
export const AHEAD = 64;
/** A worker that posts nothing for this long has died (an error it could not report). */
const STALL_MS = 120_000;
const YOUNG_MB = 96;

/**
 * Starts the worker (it takes a few hundred milliseconds to load); `read` hands it the fx rates
 * the transaction sees (it may just have seeded them) and feeds its rows to `sink`, awaiting each.
 */
export function startRowReader(file: string, actor: Actor) {
  const signal = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const entry = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'csv-import', 'reader-worker.ts');
  // The CLI runs under tsx; the worker registers tsx's require hook to load the TypeScript entry.
  const boot = `require(require.resolve('tsx/cjs', { paths: [process.cwd()] })); require(${JSON.stringify(entry)});`;
  const workerData: WorkerData = {
    file,
    actor,
    port: port2 as unknown as MessagePort,
    signal: signal.buffer as SharedArrayBuffer,
  };
  // A larger young generation: the reader makes many short-lived strings and objects per row.
  const worker = new Worker(boot, {
    eval: true,
    workerData,
    transferList: [port2],
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB },
  });

  async function read(sink: RowSink, fx: FxRows): Promise<void> {
    port1.postMessage(fx);
    Atomics.store(signal, GO, 1);
    Atomics.notify(signal, GO);
    const decode = rowDecoder();
    for (let taken = 0; ; ) {
      const message = receiveMessageOnPort(port1);
      if (!message) {
        if (Atomics.wait(signal, POSTED, taken, STALL_MS) === 'timed-out')
          throw new Error(`the import's reader thread stopped answering while reading ${file}`);
        continue;
      }
      Atomics.store(signal, TAKEN, ++taken);
      Atomics.notify(signal, TAKEN);
      for (const event of message.message as WorkerEvent[]) {
        if (event[0] === 'row') {
          const written = sink.row(decode.row(event[1]), event[2]);
          if (written) await written;
        } else if (event[0] === 'party') decode.party(event[1]);
        else if (event[0] === 'document') decode.document(event[1]);
        else if (event[0] === 'progress') sink.progress?.(event[1], event[2]);
        else if (event[0] === 'ragged') sink.ragged(event[1], event[2]);
        else if (event[0] === 'warning') sink.warning(event[1]);
        else if (event[0] === 'problem') throw new FileProblem(event[1], event[2]);
        else if (event[0] === 'failed') throw new Error(`the import's reader thread failed: ${event[1]}`);
        else return;
      }
    }
  }

  return {
    read,
    stop(): void {
      Atomics.store(signal, GO, 2); // wakes a worker still waiting for the rates: it finds none and ends
      Atomics.notify(signal, GO);
      void worker.terminate();
      port1.close();
    },
  };
}
