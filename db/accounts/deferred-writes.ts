// Writes that must never hold the event loop: a failed sign-in is counted (db/accounts/throttle.ts)
// and audited (db/accounts/audit-deferred.ts) while another process — `npm run import` — may hold
// SQLite's write lock, and the one synchronous connection would wait busy_timeout (seconds) for it.
// So such a write waits a few milliseconds at most (on PostgreSQL: `lock_timeout`, for a row another
// transaction holds); when it is refused the items stay in memory (where the throttle's checks count
// them at once) and a retry writes them once the lock is free.
import { writeTransaction, type Tx } from '../connection';
import { isDatabaseBusy } from '../../lib/validation';

const WAIT_MS = 25;
const RETRY_MS = 500;
/** Bound on items kept while the database stays locked (oldest dropped first). */
const MAX_PENDING = 10_000;

export class DeferredWriter<T> {
  private readonly items: T[] = [];
  private retry: NodeJS.Timeout | null = null;
  /** The write under way; it settles once its items are committed or back in `items`. */
  private writing: Promise<void> | null = null;
  /** Reads of the database plus `pending` running or waiting: no write starts until they end. */
  private readers = 0;

  constructor(
    private readonly what: string,
    private readonly write: (tx: Tx, items: T[]) => Promise<void>,
  ) {}

  record(item: T): void {
    this.items.push(item);
    if (this.items.length > MAX_PENDING) this.items.splice(0, this.items.length - MAX_PENDING);
    this.flush();
  }

  /**
   * Runs `read` — a look at the database and at the items not written yet — with no batch moving
   * from one to the other part-way through: a batch committed between the two would be counted
   * twice or not at all. It waits for the write under way (bounded by WAIT_MS), and none starts
   * until it is done. Not from inside a transaction or a read: the write waited for needs the lock.
   */
  async withPending<R>(read: (pending: readonly T[]) => Promise<R>): Promise<R> {
    this.readers += 1;
    try {
      while (this.writing) await this.writing;
      return await read(this.items);
    } finally {
      this.readers -= 1;
      this.flush();
    }
  }

  private flush(): void {
    if (this.items.length === 0 || this.writing || this.readers > 0) return;
    const batch = this.items.splice(0, this.items.length);
    const written = writeTransaction((tx) => this.write(tx, batch), { touchesData: false, waitMs: WAIT_MS });
    this.writing = written.then(
      () => {
        this.writing = null;
        // What was recorded meanwhile goes next (unless a read is waiting: it flushes when done).
        this.flush();
      },
      (error: unknown) => {
        this.writing = null;
        // Not written after all: back in front of whatever was recorded meanwhile.
        this.items.unshift(...batch);
        // Nobody waits on this write: a failure other than "still locked" is logged, and the items
        // stay pending for the retry (or the next record) to write.
        if (!isDatabaseBusy(error))
          console.error(`${this.what}: could not record: ${(error as Error).message}`);
        this.retry ??= setTimeout(() => {
          this.retry = null;
          this.flush();
        }, RETRY_MS).unref();
      },
    );
  }
}
