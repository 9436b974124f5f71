// A write and its audit entry in one transaction, for verbs that open their own: SQLite runs
// a transaction opened inside another as a savepoint of it, so the entry exists exactly when
// the change does, and a refused change (a thrown ValidationError) leaves no entry either.
import { writeTransaction } from '../sqlite/client';
import { recordAudit, type AuditEntry } from './audit';

export function withAudit<T>(write: () => T, entryOf: (result: T) => AuditEntry | null): T {
  return writeTransaction((tx) => {
    const result = write();
    const entry = entryOf(result);
    if (entry) recordAudit(entry, tx);
    return result;
  }, { touchesData: false });
}
