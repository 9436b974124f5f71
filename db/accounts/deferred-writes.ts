// Writes that must never hold the event loop: a failed sign-in is counted (db/accounts/throttle.ts)
// and audited (db/accounts/audit-deferred.ts) while another process — `npm run import` — may hold
// the write lock, and the one synchronous connection would wait busy_timeout (seconds) for it. So
// such a write waits a few milliseconds at most; when the lock is taken the items stay in memory
// (where the throttle's checks count them at once) and a retry writes them once the lock is free.
import { writeTransaction } from '../sqlite/transaction';
import type { Tx } from '../sqlite/client';
import { isDatabaseBusy } from '../../lib/validation';

const WAIT_MS = 25;
const RETRY_MS = 500;
/** Bound on items kept while the database stays locked (oldest dropped first). */
const MAX_PENDING = 10_000;

export class DeferredWriter<T> {
  private readonly items: T[] = [];
  private retry: NodeJS.Timeout | null = null;
  /** A write is under way; items recorded meanwhile wait for the next one. */
  private writing = false;

  constructor(private readonly what: string, private readonly write: (tx: Tx, items: T[]) => void) {}

  /** The items not written yet, oldest first. */
  get pending(): readonly T[] {
    return this.items;
  }

  record(item: T): void {
    this.items.push(item);
    if (this.items.length > MAX_PENDING) this.items.splice(0, this.items.length - MAX_PENDING);
    this.flush();
  }

  private flush(): void {
    if (this.items.length === 0 || this.writing) return;
    const batch = this.items.slice();
    this.writing = true;
    writeTransaction((tx) => {
      this.write(tx, batch);
      // Out of `pending` as the rows that hold them commit, so nothing is counted twice.
      this.remove(batch);
    }, { touchesData: false, waitMs: WAIT_MS }).then(
      () => {
        this.writing = false;
        this.flush();
      },
      (error: unknown) => {
        this.writing = false;
        // Not written after all: back in front of whatever was recorded meanwhile.
        this.items.unshift(...batch.filter((item) => !this.items.includes(item)));
        // Nobody waits on this write: a failure other than "still locked" is logged, and the items
        // stay pending for the retry (or the next record) to write.
        if (!isDatabaseBusy(error)) console.error(`${this.what}: could not record: ${(error as Error).message}`);
        this.retry ??= setTimeout(() => {
          this.retry = null;
          this.flush();
        }, RETRY_MS).unref();
      },
    );
  }

  private remove(batch: T[]): void {
    const written = new Set(batch);
    const keep = this.items.filter((item) => !written.has(item));
    this.items.length = 0;
    this.items.push(...keep);
  }
}
