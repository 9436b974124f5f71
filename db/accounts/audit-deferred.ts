// Failed sign-ins are audited without waiting on a busy database (db/accounts/deferred-writes.ts).
import { recordAudit, type AuditEntry } from './audit';
import { DeferredWriter } from './deferred-writes';

const writer = new DeferredWriter<AuditEntry>('audit', async (tx, entries) => {
  for (const entry of entries) await recordAudit(entry, tx);
});

/** Records `entry` now if the write lock is free within a few milliseconds, else soon after. */
export function recordAuditSoon(entry: AuditEntry): void {
  writer.record(entry);
}
