// One export on the export threads (db/csv-export/export-threads.ts): each opens a snapshot, retried
// until all read one data version; then ranges of ids are asked for round-robin, a few in flight.
import 'server-only';
import type { ExportPlan } from './snapshot.sqlite';
import { RANGE_IDS } from './csv-bytes';
import { type ExportThread, threads } from './export-threads';

const IN_FLIGHT_PER_THREAD = 2;
const OPEN_ATTEMPTS = 5;

let jobs = 0;
type Waiter = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

/** One export on the threads: ranges requested round-robin, answered in order per thread. */
export class ThreadedExport {
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
