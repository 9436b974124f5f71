// The pledge CSV made on worker threads. Each export opens one snapshot per thread (retrying until
// all read the same data version, so the file is one consistent state of the data), then asks the
// threads for ranges of ids in turn and hands their bytes on in id order. Only a few ranges are in
// flight at a time, so memory stays flat whatever the size; the threads' heaps are capped. That is
// SQLite's way; on PostgreSQL one REPEATABLE READ transaction in this process reads the whole
// export (db/csv-export/snapshot.postgres.ts says why), and no thread starts.
import 'server-only';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExportReply, ExportRequest } from './worker';
import { ExportSnapshot, type ExportPlan } from './snapshot.sqlite';
import { RANGE_IDS } from './csv-bytes';
import { exportPlan, openPostgresExport } from './plan';
import { onPostgres } from '../engine';
import type { PledgeFilters } from '../../lib/filters';

const THREADS = Math.max(1, Math.min(2, os.availableParallelism()));
const IN_FLIGHT_PER_THREAD = 2;
const OPEN_ATTEMPTS = 5;
// A small young generation keeps each thread's resident memory near its live data (a few ranges);
// the old generation holds only the open snapshots and statements.
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 24 };

class ExportThread {
  readonly worker = new Worker(new URL('./worker.ts', import.meta.url), { resourceLimits: RESOURCE_LIMITS });
  readonly listeners = new Map<number, (reply: ExportReply) => void>();
  broken = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: ExportReply) => this.listeners.get(reply.job)?.(reply));
    const fail = (message: string) => {
      this.broken = true;
      for (const [job, listener] of this.listeners) listener({ op: 'failed', job, message });
      this.listeners.clear();
    };
    this.worker.on('error', (error) => fail(`export thread failed: ${error.message}`));
    this.worker.on('exit', (code) => fail(`export thread exited (${code})`));
  }

  send(request: ExportRequest): void {
    this.worker.postMessage(request);
  }
}

const pool = globalThis as typeof globalThis & { pledgeExportThreads?: ExportThread[] };
function threads(): ExportThread[] {
  pool.pledgeExportThreads = (pool.pledgeExportThreads ?? []).filter((t) => !t.broken);
  while (pool.pledgeExportThreads.length < THREADS) pool.pledgeExportThreads.push(new ExportThread());
  return pool.pledgeExportThreads;
}

let jobs = 0;
type Waiter = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

/** One export on the threads: ranges requested round-robin, answered in order per thread. */
class ThreadedExport {
  private readonly waiting = new Map<number, Waiter>();
  private readonly queue: Promise<Uint8Array>[] = [];
  private lo = 1;
  private turn = 0;
  private opened: Waiter | null = null;
  maxId = 0;

  private constructor(
    private readonly job: number,
    private readonly crew: ExportThread[],
  ) {}

  static async open(plan: ExportPlan): Promise<ThreadedExport> {
    for (let attempt = 1; ; attempt++) {
      const crew = attempt <= OPEN_ATTEMPTS ? threads() : threads().slice(0, 1);
      const job = new ThreadedExport(++jobs, crew);
      let answers: { version: number; maxId: number }[];
      try {
        answers = await Promise.all(crew.map((thread) => job.openOn(thread, plan)));
      } catch (error) {
        job.close();
        throw error;
      }
      // A write between two threads' snapshots: try again (the last attempt uses one thread).
      if (answers.every((a) => a.version === answers[0].version)) {
        job.maxId = answers[0].maxId;
        return job;
      }
      job.close();
    }
  }

  private openOn(thread: ExportThread, plan: ExportPlan): Promise<{ version: number; maxId: number }> {
    return new Promise((resolve, reject) => {
      thread.listeners.set(this.job, (reply) => {
        if (reply.op === 'opened') resolve(reply);
        else if (reply.op === 'range') this.waiting.get(reply.lo)?.resolve(reply.bytes);
        else {
          const error = new Error(reply.message);
          reject(error);
          for (const waiter of this.waiting.values()) waiter.reject(error);
        }
      });
      thread.send({ op: 'open', job: this.job, plan });
    });
  }

  private fill(): void {
    while (this.queue.length < this.crew.length * IN_FLIGHT_PER_THREAD && this.lo <= this.maxId) {
      const lo = this.lo;
      this.lo += RANGE_IDS;
      const bytes = new Promise<Uint8Array>((resolve, reject) => this.waiting.set(lo, { resolve, reject }));
      bytes.catch(() => undefined); // awaited in order by next(); a failure is reported there
      bytes.finally(() => this.waiting.delete(lo)).catch(() => undefined);
      this.queue.push(bytes);
      this.crew[this.turn++ % this.crew.length].send({ op: 'range', job: this.job, lo, hi: lo + RANGE_IDS });
    }
  }

  /** The next non-empty range's CSV bytes, or null at the end. */
  async next(): Promise<Uint8Array | null> {
    for (;;) {
      this.fill();
      const head = this.queue.shift();
      if (!head) return null;
      const bytes = await head;
      if (bytes.length > 0) return bytes;
    }
  }

  close(): void {
    for (const thread of this.crew) {
      thread.listeners.delete(this.job);
      if (!thread.broken) thread.send({ op: 'close', job: this.job });
    }
    this.queue.length = 0;
  }
}

/** The same export in this process: where worker threads cannot start, a download still works. */
class LocalExport {
  private lo = 1;
  constructor(private readonly snapshot: ExportSnapshot) {}
  async next(): Promise<Uint8Array | null> {
    while (this.lo <= this.snapshot.maxId) {
      const bytes = this.snapshot.csv(this.lo, (this.lo += RANGE_IDS));
      if (bytes.length > 0) return bytes;
    }
    return null;
  }
  close(): void {
    this.snapshot.close();
  }
}

export type CsvRows = { next(): Promise<Uint8Array | null>; close(): void };

/** Opens an export of the filtered pledges (records without the header), on threads when it can. */
export async function openPledgeCsv(filters: PledgeFilters): Promise<CsvRows> {
  if (onPostgres()) return openPostgresExport(filters);
  const plan = exportPlan(filters);
  try {
    return await ThreadedExport.open(plan);
  } catch (error) {
    console.error(
      `pledge export: worker threads unavailable (${(error as Error).message}); exporting in process`,
    );
    return new LocalExport(new ExportSnapshot(plan));
  }
}

/** Starts the export threads ahead of the first download (called once at server start). */
export function startExportThreads(): void {
  if (!onPostgres()) threads();
}
