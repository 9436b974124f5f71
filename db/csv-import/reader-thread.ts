// Reads and checks an import's rows in a worker thread while this thread writes them: parsing,
// the schema and the revision JSON cost more than the SQLite writes, and the machine has a second
// core. This thread does not wait on its event loop for a batch (a message event per batch costs
// more than the rows' writes): it sleeps in Atomics.wait until the worker has posted one and takes
// it with receiveMessageOnPort; between batches it awaits the writer.
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { FileProblem } from './read';
import type { IncomingRow } from './rows';
import { documentKey, type PartyRef, type SourceRef } from './prepare';
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

/**
 * Parties and documents repeat from row to row: each crosses to the writer once, in a 'party' or
 * 'document' event, and a row's prepared create then carries its number (copying fewer strings
 * between the threads is most of what the hand-over costs). `encode` runs in the worker.
 */
export function rowEncoder(emit: (event: WorkerEvent) => void) {
  const parties = new Map<string, number>();
  const documents = new Map<string, number>();
  const party = (ref: PartyRef) => {
    const key = `${ref.kind}|${ref.name}`;
    let n = parties.get(key);
    if (n === undefined) {
      parties.set(key, (n = parties.size));
      emit(['party', ref]);
    }
    return n;
  };
  return (row: IncomingRow): IncomingRow => {
    const p = row.prepared;
    if (!p) return row;
    const sources: (number | string | null)[] = [];
    for (const s of p.sources) {
      const key = documentKey(s);
      let n = documents.get(key);
      if (n === undefined) {
        documents.set(key, (n = documents.size));
        emit([
          'document',
          {
            url: s.url,
            publisher: s.publisher,
            title: s.title,
            publishedOn: s.publishedOn,
            accessedOn: s.accessedOn,
          },
        ]);
      }
      sources.push(n, s.quote ?? null);
    }
    return {
      ...row,
      prepared: {
        ...p,
        donor: party(p.donor) as never,
        recipient: party(p.recipient) as never,
        sources: sources as never,
      },
    };
  };
}

/** The writer's side of rowEncoder: numbers back into the parties and sources they stand for. */
function rowDecoder() {
  const parties: PartyRef[] = [];
  const documents: SourceRef[] = [];
  return {
    party: (ref: PartyRef) => parties.push(ref),
    document: (doc: SourceRef) => documents.push(doc),
    row(row: IncomingRow): IncomingRow {
      const p = row.prepared;
      if (!p) return row;
      p.donor = parties[p.donor as unknown as number];
      p.recipient = parties[p.recipient as unknown as number];
      const flat = p.sources as unknown as (number | string | null)[];
      p.sources = [];
      for (let i = 0; i < flat.length; i += 2) {
        const d = documents[flat[i] as number];
        p.sources.push({
          url: d.url,
          publisher: d.publisher,
          title: d.title,
          publishedOn: d.publishedOn,
          accessedOn: d.accessedOn,
          quote: flat[i + 1] as string | null,
        });
      }
      return row;
    },
  };
}
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
