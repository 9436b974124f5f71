// Audit entries that must never hold the event loop: a failed sign-in is recorded while another
// process (`npm run import`) may hold the write lock, and the one synchronous connection would
// wait busy_timeout (seconds) for it. As with the sign-in throttle (db/accounts/throttle.ts), the write
// waits a few milliseconds at most; when the lock is taken the entry is kept in memory and
// written by a retry once the lock is free.
import { BUSY_TIMEOUT_MS, setBusyTimeout, writeTransaction } from '../sqlite/client';
import { recordAudit, type AuditEntry } from './audit';
import { isDatabaseBusy } from '../../lib/validation';

const AUDIT_BUSY_MS = 25;
const RETRY_MS = 500;
/** Bound on entries kept while the database stays locked (oldest dropped first). */
const MAX_PENDING = 10_000;

class DeferredAuditWriter {
  private readonly pending: AuditEntry[] = [];
  private retry: NodeJS.Timeout | null = null;

  record(entry: AuditEntry): void {
    this.pending.push(entry);
    if (this.pending.length > MAX_PENDING) this.pending.splice(0, this.pending.length - MAX_PENDING);
    this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const entries = this.pending.slice();
    try {
      setBusyTimeout(AUDIT_BUSY_MS);
      writeTransaction((tx) => { for (const entry of entries) recordAudit(entry, tx); }, { touchesData: false });
      this.pending.splice(0, entries.length);
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      this.retry ??= setTimeout(() => {
        this.retry = null;
        try { this.flush(); } catch (failure) { console.error(`audit: could not record entries: ${(failure as Error).message}`); }
      }, RETRY_MS).unref();
    } finally {
      setBusyTimeout(BUSY_TIMEOUT_MS);
    }
  }
}

const writer = new DeferredAuditWriter();

/** Records `entry` now if the write lock is free within a few milliseconds, else soon after. */
export function recordAuditSoon(entry: AuditEntry): void {
  writer.record(entry);
}
